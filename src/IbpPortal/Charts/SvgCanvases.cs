using System.Collections.Concurrent;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Marks the canvases that write SVG, so that a dashed line drawn on one is written as one path the browser dashes.</summary>
/// <remarks>
/// Skia's SVG writer does not support dash path effects, and cutting the dashes into separate strokes costs a path segment
/// a dash. A <see cref="DashedPath"/> drawn on a canvas marked here draws its polylines solid, with a stroke miter limit
/// that stands for its dash pattern; <see cref="SvgAccessibility"/> turns that attribute into <c>stroke-dasharray</c>. The
/// mark belongs to the canvas, not to a thread: a drawing may be written from any thread, and a drawable learns which
/// canvas it is drawn on when it is played back.
/// </remarks>
internal static class SvgCanvases
{
    private static readonly ConcurrentDictionary<nint, SvgDashes> Open = new();

    /// <summary>Marks <paramref name="canvas"/> as writing SVG until <see cref="Close"/>; returns the dash patterns drawn on it.</summary>
    public static SvgDashes Mark(SKCanvas canvas)
    {
        var dashes = new SvgDashes();
        if (!Open.TryAdd(canvas.Handle, dashes))
        {
            throw new InvalidOperationException("This SVG canvas is already marked.");
        }

        return dashes;
    }

    /// <summary>Removes the mark of <paramref name="canvas"/>; call before the canvas is disposed.</summary>
    public static void Close(SKCanvas canvas) => Open.TryRemove(canvas.Handle, out _);

    /// <summary>The dash patterns of <paramref name="canvas"/> when it writes SVG; null for any other canvas.</summary>
    public static SvgDashes? DashesOf(SKCanvas canvas) => Open.GetValueOrDefault(canvas.Handle);
}
