using System.Xml.Linq;
using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Tests.Charts;

/// <summary>Hand-built SPC results and metrics, so chart tests do not depend on the SPC calculator.</summary>
internal static class ChartFixtures
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

    /// <summary>The fill colours of the point markers (ellipses) in document order.</summary>
    public static List<string> MarkerFills(XDocument svg) =>
        svg.Descendants(Svg + "ellipse").Select(e => ((string?)e.Attribute("fill") ?? string.Empty).ToUpperInvariant()).ToList();

    /// <summary>Paths stroked in <paramref name="colour"/>.</summary>
    public static List<XElement> StrokedPaths(XDocument svg, string colour) =>
        svg.Descendants(Svg + "path").Where(p => string.Equals((string?)p.Attribute("stroke"), colour, StringComparison.OrdinalIgnoreCase)).ToList();
}
