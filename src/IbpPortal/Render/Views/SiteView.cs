namespace IbpPortal.Render.Views;

/// <summary>The <c>site</c> variable of every layout.</summary>
public sealed record SiteView
{
    /// <summary>The portal's name.</summary>
    public required string Title { get; init; }

    /// <summary>One sentence about the portal.</summary>
    public required string Description { get; init; }

    /// <summary>The publisher's name.</summary>
    public required string Publisher { get; init; }

    /// <summary>Address of the home page (the base path).</summary>
    public required string HomeUrl { get; init; }

    /// <summary>Address of the assets folder, ending with a slash.</summary>
    public required string AssetsUrl { get; init; }

    /// <summary>Address of the fingerprinted style sheet.</summary>
    public required string CssUrl { get; init; }

    /// <summary>Addresses of the scripts, in load order.</summary>
    public required IReadOnlyList<string> JsUrls { get; init; }

    /// <summary>Addresses of ES module scripts.</summary>
    public required IReadOnlyList<string> ModuleUrls { get; init; }

    /// <summary>Header navigation, with the current section marked.</summary>
    public required IReadOnlyList<LinkView> Nav { get; init; }

    /// <summary>Footer links.</summary>
    public required IReadOnlyList<LinkView> FooterLinks { get; init; }

    /// <summary>Address of the search page, or null when search is off.</summary>
    public string? SearchUrl { get; init; }

    /// <summary>Address of the Atom feed.</summary>
    public required string FeedUrl { get; init; }

    /// <summary>Address of the bibliography page, or null.</summary>
    public string? ReferencesUrl { get; init; }

    /// <summary>The edition, such as "March 2019 edition".</summary>
    public required string EditionLabel { get; init; }

    /// <summary>The origin web fonts load from when the Frutiger font face is on (for the Content-Security-Policy), or null.</summary>
    public string? FontOrigin { get; init; }

    /// <summary>The Content-Security-Policy of every page, the same as the hosting files send as a header.</summary>
    public required string Csp { get; init; }

    /// <summary>True for an internal (Part II) build.</summary>
    public bool Internal { get; init; }
}
