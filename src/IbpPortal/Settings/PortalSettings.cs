using IbpPortal.Model;

namespace IbpPortal.Settings;

/// <summary>Site settings from <c>portal.yml</c>, with every default a new portal needs.</summary>
public sealed record PortalSettings
{
    /// <summary>The portal's name, shown in the header and the browser tab.</summary>
    public string Title { get; init; } = "Integrated planning portal";

    /// <summary>One sentence about the portal, used in meta descriptions and the feed.</summary>
    public string Description { get; init; } = "Integrated business planning for NHS trusts and integrated care boards.";

    /// <summary>The publisher named in the footer, feed and PDF metadata.</summary>
    public string Publisher { get; init; } = "NHS";

    /// <summary>Absolute address where the site is published, such as <c>https://example.nhs.uk/ibp/</c>; its path is the base path.</summary>
    public Uri BaseUrl { get; init; } = new("https://example.nhs.uk/");

    /// <summary>The reporting period of this edition; null means the latest month with actuals.</summary>
    public Period? ReportingPeriod { get; init; }

    /// <summary>Which board packs to build: <c>all</c> (default), <c>none</c> or a list of organisation codes.</summary>
    public IReadOnlyList<string> Packs { get; init; } = ["all"];

    /// <summary>Lets raw HTML in markdown through; off by default so comms content is always rendered safe.</summary>
    public bool AllowRawHtml { get; init; }

    /// <summary>Loads the Frutiger web font from NHS assets; off by default (Arial fallback, no third-party request).</summary>
    public bool IncludeFontFace { get; init; }

    /// <summary>Screens out outlying moving ranges before computing SPC limits (NHSRplotthedots' default).</summary>
    public bool SpcScreenMovingRanges { get; init; } = true;

    /// <summary>Builds the search index with Pagefind.</summary>
    public bool Search { get; init; } = true;

    /// <summary>Leaves the authoring guide (<c>input/guide/</c>) out of the build.</summary>
    public bool ExcludeGuide { get; init; }

    /// <summary>The e-mail address readers write to (the accessibility statement's contact, through the <c>contact</c> shortcode); null when not set.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Path of a previous edition's record to compare with; null means the previous output.</summary>
    public string? PreviousEdition { get; init; }

    /// <summary>The base path taken from <see cref="BaseUrl"/>, always starting and ending with <c>/</c>.</summary>
    public string BasePath
    {
        get
        {
            var path = BaseUrl.AbsolutePath;
            return path.EndsWith('/') ? path : path + "/";
        }
    }
}
