using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Dashed polylines that take their form from the canvas they are played back on: in SVG one path the browser dashes, elsewhere (a board pack's PDF) dashes cut here.</summary>
/// <remarks>
/// A chart is recorded once and replayed for each target, so the choice is made at playback. On a canvas that writes
/// SVG (see <see cref="SvgCanvases"/>) each polyline is one subpath of one solid path, marked for
/// <c>stroke-dasharray</c>: a browser starts the pattern afresh at each subpath and runs it on round corners, as
/// <see cref="AddDashes"/> does. Everywhere else the dashes are cut into separate strokes, as they always were.
/// </remarks>
internal sealed class DashedPath : SKDrawable
{
    private readonly IReadOnlyList<Pixel[]> polylines;
    private readonly IReadOnlyList<float> pattern;
    private readonly SKColor colour;
    private readonly float width;
    private readonly SKRect bounds;

    /// <summary>Polylines in pixels, stroked <paramref name="width"/> wide in <paramref name="colour"/> with <paramref name="pattern"/> (dash, gap, …, an even count).</summary>
    public DashedPath(IReadOnlyList<Pixel[]> polylines, IReadOnlyList<float> pattern, SKColor colour, float width)
    {
        this.polylines = polylines;
        this.pattern = pattern;
        this.colour = colour;
        this.width = width;
        bounds = BoundsOf(polylines, width);
    }

    /// <summary>True when <paramref name="pattern"/> has no gap a line could show, as <see cref="DashedLines.Solid"/>.</summary>
    public static bool IsSolid(IReadOnlyList<float> pattern) => pattern[0] >= 1e8f;

    /// <summary>Adds the dashes of <paramref name="pixels"/> to <paramref name="path"/>: the pattern runs on along the whole polyline, round corners and steps.</summary>
    public static void AddDashes(SKPath path, IReadOnlyList<Pixel> pixels, IReadOnlyList<float> pattern)
    {
        var period = pattern.Sum();
        var travelled = 0f;
        for (var i = 1; i < pixels.Count; i++)
        {
            var (a, b) = (pixels[i - 1], pixels[i]);
            var length = MathF.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
            var along = 0f;
            while (along < length)
            {
                // Which interval of the pattern the pen is in, and how far to its end.
                var phase = travelled % period;
                var k = 0;
                var end = pattern[0];
                while (phase >= end - 1e-4f && k < pattern.Count - 1)
                {
                    k++;
                    end += pattern[k];
                }

                var step = Math.Max(1e-3f, Math.Min(end - phase, length - along));
                if (k % 2 == 0)
                {
                    path.MoveTo(Lerp(a, b, along / length));
                    path.LineTo(Lerp(a, b, (along + step) / length));
                }

                along += step;
                travelled += step;
            }
        }
    }

    /// <inheritdoc />
    protected override void OnDraw(SKCanvas canvas)
    {
        using var path = new SKPath();
        using var paint = new SKPaint { Color = colour, StrokeWidth = width, IsStroke = true, IsAntialias = true };
        if (SvgCanvases.DashesOf(canvas) is { } svg)
        {
            foreach (var polyline in polylines)
            {
                AddPolyline(path, polyline);
            }

            paint.StrokeMiter = svg.Marker(pattern);
        }
        else
        {
            foreach (var polyline in polylines)
            {
                AddDashes(path, polyline, pattern);
            }
        }

        canvas.DrawPath(path, paint);
    }

    /// <inheritdoc />
    protected override SKRect OnGetBounds() => bounds;

    /// <summary>One subpath through the polyline's points; a point that repeats the one before adds no length, so it is left out.</summary>
    private static void AddPolyline(SKPath path, Pixel[] polyline)
    {
        if (polyline.Length < 2)
        {
            return;
        }

        path.MoveTo(polyline[0].X, polyline[0].Y);
        for (var i = 1; i < polyline.Length; i++)
        {
            if (polyline[i] != polyline[i - 1])
            {
                path.LineTo(polyline[i].X, polyline[i].Y);
            }
        }
    }

    private static SKRect BoundsOf(IReadOnlyList<Pixel[]> polylines, float width)
    {
        var points = polylines.SelectMany(p => p).ToList();
        if (points.Count == 0)
        {
            return SKRect.Empty;
        }

        var rect = new SKRect(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
        rect.Inflate(width, width);
        return rect;
    }

    private static SKPoint Lerp(Pixel a, Pixel b, float t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
}
