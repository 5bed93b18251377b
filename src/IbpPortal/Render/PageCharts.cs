using System.Globalization;
using System.Text.RegularExpressions;
using IbpPortal.Sections;

namespace IbpPortal.Render;

/// <summary>The chart drawings of one page being rendered, each to be written as its own SVG file beside the page and shown by an <c>img</c>.</summary>
/// <param name="pageRoute">The page's route, such as <c>/organisations/RR8/</c>; its charts go under <c>charts/</c> there.</param>
/// <param name="url">Turns a route into the address pages link to (the base path plus the route).</param>
/// <remarks>One page renders on one thread, so the collector needs no locking; the page's render returns what it holds.</remarks>
public sealed partial class PageCharts(string pageRoute, Func<string, string> url)
{
    private readonly Dictionary<string, ChartFile> _files = new(StringComparer.Ordinal);
    private readonly List<ChartFile> _order = [];

    /// <summary>The drawings added so far, in the order the page shows them.</summary>
    public IReadOnlyList<ChartFile> Files => _order;

    /// <summary>Adds a drawing of the chart slot <paramref name="slotId"/> and returns how the page refers to it.</summary>
    /// <param name="narrow">True for the phone drawing, which gets a file of its own.</param>
    public ChartImage Add(string slotId, string svg, bool narrow)
    {
        var route = DataRoutes.ChartFile(pageRoute, ChartMarkup.FileName(slotId), narrow);
        var path = route.TrimStart('/');
        if (!_files.ContainsKey(path))
        {
            var file = new ChartFile(path, svg);
            _files.Add(path, file);
            _order.Add(file);
        }

        var (width, height) = Size(svg);
        return new ChartImage(url(route), width, height);
    }

    /// <summary>The drawing's size in CSS pixels, from its root's viewBox (the drawings have no width or height of their own).</summary>
    private static (int Width, int Height) Size(string svg)
    {
        var match = ViewBox().Match(svg);
        return match.Success
            ? ((int)Math.Round(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)))
            : (0, 0);
    }

    [GeneratedRegex("^<svg\\b[^>]*?\\sviewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")]
    private static partial Regex ViewBox();
}
