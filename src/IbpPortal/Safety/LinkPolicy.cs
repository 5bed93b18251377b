namespace IbpPortal.Safety;

/// <summary>
/// The one rule for every address the product writes into a page, feed or file: <c>http</c>, <c>https</c>,
/// <c>mailto</c>, or an address on the site itself (site-relative, relative or a fragment). Anything else —
/// <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>, <c>tel:</c> — is refused.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>What the rule allows, for messages.</summary>
    public const string Allowed = "link only to pages of the site or to http, https or mailto addresses";

    /// <summary>True when <paramref name="url"/> has no scheme (a site address) or an allowed one.</summary>
    /// <remarks>Leading spaces and control characters, which browsers skip, are skipped here too, so <c>" java\tscript:"</c> is still caught.</remarks>
    public static bool IsAllowed(string url) => SchemeOf(url) is not { } scheme || Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="url"/> is an absolute http or https address (for fields that must name another site).</summary>
    public static bool IsWebAddress(string url) =>
        SchemeOf(url) is "http" or "https" && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0;

    /// <summary>The scheme, lower-cased, as a browser would read it; null for an address without one.</summary>
    public static string? SchemeOf(string url)
    {
        // Browsers ignore ASCII whitespace and control characters anywhere in the scheme.
        // (Most addresses have none: they are used as they are.)
        var clean = url.AsSpan().IndexOfAnyInRange('\0', ' ') < 0 && (url.Length == 0 || !char.IsWhiteSpace(url[0]));
        var cleaned = clean ? url : new string([.. url.TrimStart().Where(c => c > ' ')]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var end = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (end >= 0 && end < colon))
        {
            return null;
        }

        return cleaned[..colon].ToLowerInvariant();
    }
}
