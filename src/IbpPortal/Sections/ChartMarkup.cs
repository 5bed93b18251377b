using System.Text;
using IbpPortal.Analyse.Series;
using IbpPortal.Charts;

namespace IbpPortal.Sections;

/// <summary>Turns a laid-out chart into the SVG of a chart slot (written as a file beside its page), and converts analysis series into chart series.</summary>
internal static class ChartMarkup
{
    /// <summary>Draws <paramref name="drawing"/> as SVG described by <paramref name="description"/>, then releases it.</summary>
    /// <param name="slotId">The chart slot's HTML id; the SVG's own ids start with it and end in <c>-svg</c>.</param>
    public static string Svg(ChartDrawing drawing, string slotId, string description)
    {
        using (drawing)
        {
            return drawing.ToSvg(SvgId(slotId), description).Markup;
        }
    }

    /// <summary>Draws the phone layout of a chart slot: ids end in <c>-narrow-svg</c>, so the two drawings of one slot never share an id.</summary>
    public static string NarrowSvg(ChartDrawing drawing, string slotId, string description) => Svg(drawing, slotId + "-narrow", description);

    /// <summary>An SVG id from a slot id: letters, digits, '-' and '_' only, starting with a letter.</summary>
    public static string SvgId(string slotId) => Safe(slotId).Append("-svg").ToString();

    /// <summary>The file name (without extension) of a chart slot's drawing: the slot id in letters, digits, '-' and '_'.</summary>
    public static string FileName(string slotId) => Safe(slotId).ToString();

    private static StringBuilder Safe(string slotId)
    {
        var id = new StringBuilder(slotId.Length + 5);
        foreach (var c in slotId)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        if (id.Length == 0 || !char.IsAsciiLetter(id[0]))
        {
            id.Insert(0, "c-");
        }

        return id;
    }

    /// <summary>The chart's view of an analysis series: the same months and values, absent ones kept as gaps.</summary>
    public static IReadOnlyList<SeriesPoint> Series(IEnumerable<SeriesPoint> points) => [.. points];
}
