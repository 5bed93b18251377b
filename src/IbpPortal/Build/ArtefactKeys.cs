using IbpPortal.PlanSite;

namespace IbpPortal.Build;

/// <summary>
/// The keys a build gives its pages and files (<see cref="SiteKey.Compute"/>): an artefact published by the last build
/// under the same key is byte-identical to rendering it again, so it is linked rather than rendered.
/// </summary>
/// <param name="Site">Everything but markdown bodies: what markdown pages, listings, tag pages, the search page, the
/// sitemap and the feed read besides a page's own body.</param>
/// <param name="Data">The same without markdown pages' front matter and titles: what organisation, metric and other data
/// pages, board packs and data downloads read, so that a new title or tag on a page does not render them again.</param>
public sealed record ArtefactKeys(string Site, string Data)
{
    private static readonly string[] DataRoutes =
    [
        Sections.DataRoutes.Organisations, Sections.DataRoutes.Benchmarking, Sections.DataRoutes.Scenarios,
        Sections.DataRoutes.BoardPacks, Sections.DataRoutes.ChangesIndex, Sections.DataRoutes.Methodology,
    ];

    /// <summary>A page's key: for a markdown page, the site key with its address and its own body (no page's output reads
    /// another page's body: listings show front matter, shortcodes the data); for a data page, the data key with its address.</summary>
    public string For(PlannedPage page) => page.Content is { } content
        ? SiteKey.For(Site, page.OutputPath + "|" + content.BodyLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" +
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content.Body))))
        : SiteKey.For(DataRoutes.Any(r => page.Route.StartsWith(r, StringComparison.Ordinal)) ? Data : Site, page.OutputPath);

    /// <summary>A file's key, or null for a copy of a source file (an image beside a page), whose bytes no key covers.</summary>
    public string? For(PlannedFile file) => file.FromSource
        ? null
        : SiteKey.For(IsDataFile(file.OutputPath) ? Data : Site, file.OutputPath);

    // Data downloads, edition records and board packs; the sitemap and feed list markdown pages' front matter.
    private static bool IsDataFile(string path) =>
        path.StartsWith("data/", StringComparison.Ordinal) || path.StartsWith("board-packs/", StringComparison.Ordinal);
}
