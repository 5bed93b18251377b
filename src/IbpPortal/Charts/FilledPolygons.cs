using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Polygons of one fill colour, without outlines, drawn as one path instead of one polygon each.</summary>
/// <remarks>
/// ScottPlot draws each polygon by itself, which Skia's SVG writer wraps in a clip path and a group of its own: three
/// elements a polygon, 100 for a demand-capacity chart with a shortfall every month. For polygons that do not overlap,
/// one path fills the same area. Where two translucent polygons share an edge it also leaves no seam, which separately
/// drawn polygons show as a faint line where their anti-aliased edges meet.
/// </remarks>
internal sealed class FilledPolygons(Color fill) : IPlottable
{
    private readonly List<Coordinates[]> polygons = [];

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Adds a polygon with corners <paramref name="corners"/>; it must not overlap the others, or the overlap is filled once.</summary>
    public void Add(Coordinates[] corners) => polygons.Add(corners);

    /// <inheritdoc />
    public AxisLimits GetAxisLimits() => PlottableLimits.Around(polygons.SelectMany(p => p));

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        using var path = new SKPath();
        foreach (var corners in polygons.Where(p => p.Length > 2))
        {
            path.MoveTo(Axes.GetPixel(corners[0]).ToSKPoint());
            foreach (var corner in corners.Skip(1))
            {
                path.LineTo(Axes.GetPixel(corner).ToSKPoint());
            }

            path.Close();
        }

        if (path.IsEmpty)
        {
            return;
        }

        using var paint = new SKPaint { Color = fill.ToSKColor(), IsStroke = false, IsAntialias = true };
        rp.Canvas.DrawPath(path, paint);
    }
}
