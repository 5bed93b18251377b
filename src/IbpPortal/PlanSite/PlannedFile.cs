using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>A file other than a page: a chart, CSV or JSON download, PDF, feed or sitemap.</summary>
/// <param name="OutputPath">Path relative to the output folder, with forward slashes.</param>
/// <param name="Render">Produces the file's bytes; called once, possibly in parallel with others.</param>
/// <param name="Restored">Called instead of <paramref name="Render"/> when the bytes come from the cache of an earlier build (to record what rendering would have).</param>
public sealed record PlannedFile(string OutputPath, Func<RenderContext, byte[]> Render, Action<RenderContext, byte[]>? Restored = null)
{
    /// <summary>Files and pages of the same group are rendered together, one after another on one thread, and share what they lay out (see <see cref="WorkUnit"/>).</summary>
    public string? Group { get; init; }

    /// <summary>Writes the file's bytes to a stream, for a file too large to hold in memory (the edition record); when set, the renderer uses it instead of <see cref="Render"/>.</summary>
    /// <remarks>It must write exactly what <see cref="Render"/> returns.</remarks>
    public Action<RenderContext, Stream>? WriteTo { get; init; }
}
