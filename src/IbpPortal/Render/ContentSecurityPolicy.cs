using IbpPortal.Settings;

namespace IbpPortal.Render;

/// <summary>
/// The portal's Content-Security-Policy: the one definition behind the pages' meta tag and the hosting files' header.
/// </summary>
/// <remarks>
/// Scripts are the theme's own files; Pagefind's search needs WebAssembly (<c>'wasm-unsafe-eval'</c>); charts are SVG with
/// inline <c>style</c> attributes; icons may be data URIs. Nothing loads from another origin unless the Frutiger font face is on.
/// </remarks>
public static class ContentSecurityPolicy
{
    /// <summary>The origin NHS web fonts load from when <see cref="PortalSettings.IncludeFontFace"/> is on.</summary>
    public const string NhsFontOrigin = "https://assets.nhs.uk";

    /// <summary>The policy for a portal with these settings.</summary>
    public static string For(PortalSettings settings)
    {
        var fonts = settings.IncludeFontFace ? "'self' " + NhsFontOrigin : "'self'";
        return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            $"font-src {fonts}; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    }
}
