namespace IbpPortal.BrowserTests.Harness;

/// <summary>One page of every kind the portal builds, by a short name and its path.</summary>
public static class PageKinds
{
    /// <summary>A desktop browser's width in CSS pixels.</summary>
    public const int Desktop = 1280;

    /// <summary>A small phone's width, and 1280 px at 400% zoom (WCAG 1.4.10 reflow).</summary>
    public const int Phone = 320;

    /// <summary>Kind name and site path, one row per kind, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string, string> All
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (kind, path) in Rows)
            {
                data.Add(kind, path);
            }

            return data;
        }
    }

    /// <summary>Kind name and site path, one row per kind.</summary>
    public static IReadOnlyList<(string Kind, string Path)> Rows { get; } =
    [
        ("home", "/"),
        ("listing-case-studies", "/case-studies/"),
        ("listing-ibp-model", "/ibp-model/"),
        ("listing-tag", "/tags/nhs/"),
        ("listing-news", "/news/"),
        ("step", "/ibp-model/where-are-we-now/"),
        ("case-study", "/case-studies/toronto/"),
        ("page-glossary", "/glossary/"),
        ("page-references", "/references/"),
        ("page-accessibility", "/accessibility/"),
        ("benchmarking", "/benchmarking/"),
        ("metric", "/benchmarking/ae_4hr/"),
        ("organisations", "/organisations/"),
        ("organisation-trust", "/organisations/RR8/"),
        ("organisation-icb", "/organisations/QWO/"),
        ("scenarios", "/scenarios/"),
        ("methodology", "/methodology/"),
        ("board-packs", "/board-packs/"),
        ("search", "/search/"),
        ("not-found", "/404.html"),
        ("guide-shortcodes", "/guide/shortcodes/"),
        ("guide-errors", "/guide/errors/"),
        ("sector", "/case-studies/sectors/nhs-trust/"),
        ("changes-index", "/changes/"),
        ("changes", "/organisations/RR8/changes/"),
        ("sources", "/organisations/RR8/sources/"),
        ("coherence", "/organisations/RR8/coherence/"),
    ];
}
