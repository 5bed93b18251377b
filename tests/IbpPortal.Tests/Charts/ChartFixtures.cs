using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Tests.Charts;

/// <summary>Hand-built SPC results and metrics, so chart tests do not depend on the SPC calculator.</summary>
internal static partial class ChartFixtures
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static Metric Percent(string name = "Four-hour A&E performance", Improvement improvement = Improvement.Increase) =>
        new("ae_4hr", name, Domain.Performance, Unit.Percent, improvement, 1, 95, null, null, AggregateRule.None, "", SourceLocation.File("metrics.csv"));

    public static Metric Count(string name = "A&E attendances") =>
        new("ae_att", name, Domain.Demand, Unit.Count, Improvement.Neutral, 0, null, null, null, AggregateRule.Sum, "", SourceLocation.File("metrics.csv"));

    /// <summary>
    /// A series from <paramref name="values"/> (null = suppressed) starting April 2016, one segment, with the given mean and
    /// limits; points whose index is in <paramref name="improvement"/> are flagged as a shift improvement.
    /// </summary>
    public static SpcResult Series(double?[] values, double mean, double lower, double upper, ISet<int>? improvement = null, double? target = null, bool unreliable = false)
    {
        var start = new Period(2016, 4);
        var points = values.Select((v, i) => new SpcPoint(
            start.AddMonths(i),
            v is { } number ? DataValue.Of(number) : DataValue.Suppressed,
            mean,
            upper,
            lower,
            improvement?.Contains(i) == true ? SpecialCause.Improvement : SpecialCause.None,
            improvement?.Contains(i) == true ? SpcRule.Shift : SpcRule.None,
            0,
            target)).ToList();
        var segment = new SpcSegment(0, start, start.AddMonths(values.Length - 1), values.Count(v => v is not null), mean, (upper - mean) / 2.66, upper, lower, unreliable);
        var latestCause = points.Last(p => p.Value.HasValue).SpecialCause;
        return new SpcResult(points, [segment], latestCause == SpecialCause.Improvement ? VariationIcon.ImprovementHigh : VariationIcon.CommonCause, target is null ? AssuranceIcon.None : AssuranceIcon.HitAndMiss, unreliable);
    }

    /// <summary>Twenty months around 90, the last seven (13..19) a shift above the mean flagged as improvement.</summary>
    public static SpcResult ShiftUp() => Series(
        [89, 91, 88, 90, 92, 89, 90, 91, 88, 90, 89, 91, 90, 93, 94, 92.5, 93.5, 94.5, 93, 94],
        90.5, 86, 95, new HashSet<int> { 13, 14, 15, 16, 17, 18, 19 }, target: 95);

    /// <summary>The colours of the point markers, one per point, in drawing order.</summary>
    public static List<string> MarkerFills(XDocument svg) => Dots(svg).Select(d => d.Colour).ToList();

    /// <summary>The paths that draw point markers: round-capped strokes, each dot a stroke a hundredth of a pixel long.</summary>
    public static List<XElement> DotPaths(XDocument svg) =>
        svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("stroke-linecap") == "round").ToList();

    /// <summary>Every point marker: centre, diameter and colour (upper case), in drawing order.</summary>
    public static List<Dot> Dots(XDocument svg) =>
        DotPaths(svg).SelectMany(p => Segments(p).Select(s => new Dot(
            (s.X1 + s.X2) / 2,
            (s.Y1 + s.Y2) / 2,
            double.Parse((string)p.Attribute("stroke-width")!, CultureInfo.InvariantCulture),
            ((string)p.Attribute("stroke")!).ToUpperInvariant()))).ToList();

    /// <summary>Paths stroked in <paramref name="colour"/> that draw lines (not point markers).</summary>
    public static List<XElement> StrokedPaths(XDocument svg, string colour) =>
        svg.Descendants(Svg + "path")
            .Where(p => string.Equals((string?)p.Attribute("stroke"), colour, StringComparison.OrdinalIgnoreCase))
            .Where(p => (string?)p.Attribute("stroke-linecap") != "round")
            .ToList();

    /// <summary>The straight segments of a path written by Skia as <c>M x y L x y</c> pairs.</summary>
    public static List<Segment> Segments(XElement path) =>
        SegmentPattern().Matches((string)path.Attribute("d")!)
            .Select(m => new Segment(Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value)))
            .ToList();

    /// <summary>The polylines of a path, one per subpath: each <c>M</c> starts one and each <c>L</c> adds a point to it.</summary>
    public static List<List<(double X, double Y)>> Polylines(XElement path)
    {
        var lines = new List<List<(double X, double Y)>>();
        foreach (Match m in CommandPattern().Matches((string)path.Attribute("d")!))
        {
            if (m.Groups[1].Value == "M")
            {
                lines.Add([]);
            }

            lines[^1].Add((Number(m.Groups[2].Value), Number(m.Groups[3].Value)));
        }

        return lines;
    }

    /// <summary>A path's <c>stroke-dasharray</c>, or null when it is solid.</summary>
    public static string? DashArray(XElement path) => (string?)path.Attribute("stroke-dasharray");

    /// <summary>A pattern of <see cref="IbpPortal.Charts.ChartTheme"/> as SVG's <c>stroke-dasharray</c> writes it.</summary>
    public static string DashArray(IReadOnlyList<float> pattern) => string.Join(" ", pattern.Select(l => l.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Where a text element is anchored: the translation Skia writes for it.</summary>
    public static (double X, double Y) Anchor(XElement text)
    {
        var match = TranslatePattern().Match((string)text.Attribute("transform")!);
        return (Number(match.Groups[1].Value), Number(match.Groups[2].Value));
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M\s*([-\d.e]+)[ ,]([-\d.e]+)\s*L\s*([-\d.e]+)[ ,]([-\d.e]+)")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"([ML])\s*([-\d.e]+)[ ,]([-\d.e]+)")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"translate\(([-\d.e]+)[ ,]([-\d.e]+)\)")]
    private static partial Regex TranslatePattern();
}

/// <summary>A point marker as drawn: centre and diameter in pixels, colour as upper-case hex.</summary>
internal readonly record struct Dot(double X, double Y, double Diameter, string Colour);

/// <summary>A straight line from (X1, Y1) to (X2, Y2) in pixels.</summary>
internal readonly record struct Segment(double X1, double Y1, double X2, double Y2)
{
    public bool IsVertical => Math.Abs(X1 - X2) < 1e-6;

    public bool IsHorizontal => Math.Abs(Y1 - Y2) < 1e-6;

    public double Length => Math.Sqrt(((X2 - X1) * (X2 - X1)) + ((Y2 - Y1) * (Y2 - Y1)));
}
