using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>A file other than a page: a chart, CSV or JSON download, PDF, feed or sitemap.</summary>
/// <param name="OutputPath">Path relative to the output folder, with forward slashes.</param>
/// <param name="Render">Produces the file's bytes; called once, possibly in parallel with others.</param>
public sealed record PlannedFile(string OutputPath, Func<RenderContext, byte[]> Render)
{
    /// <summary>Files and pages of the same group are rendered together as one unit, one after another on one thread, and share the charts they lay out (see <see cref="ChartLayouts"/>).</summary>
    public string? Group { get; init; }

    /// <summary>Writes the file's bytes to a stream, for a file too large to hold in memory (the edition record); when set, the renderer uses it instead of <see cref="Render"/>.</summary>
    /// <remarks>It must write exactly what <see cref="Render"/> returns.</remarks>
    public Action<RenderContext, Stream>? WriteTo { get; init; }

    /// <summary>Renders a paged document (a board pack) with its page count, which listings show; when set, the renderer uses it instead of <see cref="Render"/>.</summary>
    /// <remarks>It must return exactly what <see cref="Render"/> does; a cached document keeps its page count in the cache's metadata.</remarks>
    public Func<RenderContext, RenderedDocument>? Document { get; init; }

    /// <summary>True for a copy of a source file (an image beside a page): its bytes are not covered by the build's site key, so it is never reused from the last output.</summary>
    public bool FromSource { get; init; }
}
