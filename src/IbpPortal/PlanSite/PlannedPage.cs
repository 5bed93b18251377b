using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>A page the build will write: its address, layout and the model its layout reads.</summary>
public sealed class PlannedPage
{
    /// <summary>Site route without the base path, such as <c>/organisations/RJ1/</c>.</summary>
    public required string Route { get; init; }

    /// <summary>The page's title (h1 and browser tab).</summary>
    public required string Title { get; init; }

    /// <summary>The theme layout that renders it, such as <c>page</c> or <c>organisation</c>.</summary>
    public string Layout { get; init; } = "page";

    /// <summary>One-sentence summary for meta tags, cards and search.</summary>
    public string? Description { get; init; }

    /// <summary>The site section it belongs to (<c>case-studies</c>, <c>benchmarking</c> …), for navigation and search filters.</summary>
    public string Section { get; init; } = string.Empty;

    /// <summary>The markdown page behind it, when there is one.</summary>
    public ContentPage? Content { get; init; }

    /// <summary>Where problems with the page are reported: its markdown file, or the data file behind it.</summary>
    public SourceLocation Source { get; init; } = new("input", 0);

    /// <summary>Breadcrumbs from the home page down to (not including) this page.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>Builds the layout's <c>model</c> at render time (in parallel with other pages).</summary>
    public Func<RenderContext, object?>? Model { get; init; }

    /// <summary>The layout's model of a listing of rendered files (the board packs page): rendered after every unit, from what the units made.</summary>
    /// <remarks>Used instead of <see cref="Model"/>; such a page has no <see cref="Group"/>.</remarks>
    public Func<RenderContext, RenderedArtefacts, object?>? ListingModel { get; init; }

    /// <summary>Whether search indexes the page.</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>Whether the sitemap lists the page.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>Publication date, for listings and the feed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Tags, for tag pages and filters.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The previous page in its sequence (such as the IBP steps), or null.</summary>
    public Crumb? Previous { get; init; }

    /// <summary>The next page in its sequence, or null.</summary>
    public Crumb? Next { get; init; }

    /// <summary>The label search results can be filtered by (Guidance, Case studies …), or null.</summary>
    public string? SearchFilter { get; init; }

    /// <summary>Rendered together with the files of the same group, before the other pages (see <see cref="PlannedFile.Group"/>); such a page must not show what other files record.</summary>
    public string? Group { get; init; }

    /// <summary>The output file's path, relative to the output folder.</summary>
    public string OutputPath => Route == "/404/" ? "404.html" : Route.TrimStart('/') + "index.html";
}
