using System.Globalization;

namespace IbpPortal.Charts;

/// <summary>The dash patterns drawn on one SVG canvas, numbered in the order they were first drawn, each written as a stroke miter limit.</summary>
/// <remarks>
/// Skia writes a stroked path's miter limit as <c>stroke-miterlimit="N"</c>, and every other path in a chart keeps Skia's
/// default of 4: a limit of <see cref="FirstMarker"/> or more stands for a pattern, which the SVG post-processor writes
/// as <c>stroke-dasharray</c> in its place (the SVG default miter limit, 4, is then the one that applies).
/// One canvas is drawn by one thread at a time.
/// </remarks>
internal sealed class SvgDashes
{
    /// <summary>The miter limit that stands for the first pattern; the next stands for the second, and so on.</summary>
    public const int FirstMarker = 1000;

    private readonly List<string> arrays = [];

    /// <summary>The <c>stroke-dasharray</c> values, in marker order.</summary>
    public IReadOnlyList<string> Arrays => arrays;

    /// <summary>The miter limit that stands for <paramref name="pattern"/> on this canvas.</summary>
    public float Marker(IReadOnlyList<float> pattern)
    {
        var array = DashArray(pattern);
        var index = arrays.IndexOf(array);
        if (index < 0)
        {
            index = arrays.Count;
            arrays.Add(array);
        }

        return FirstMarker + index;
    }

    /// <summary>A pattern as SVG writes it: lengths in pixels, space-separated.</summary>
    public static string DashArray(IReadOnlyList<float> pattern) =>
        string.Join(' ', pattern.Select(length => length.ToString(CultureInfo.InvariantCulture)));
}
