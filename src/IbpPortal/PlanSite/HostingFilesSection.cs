using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IbpPortal.Load;
using IbpPortal.Render;
using IbpPortal.Theme;

namespace IbpPortal.PlanSite;

/// <summary>
/// Plans the static hosts' configuration: <c>_headers</c> (Netlify, Cloudflare Pages) and <c>staticwebapp.config.json</c>
/// (Azure Static Web Apps), with the pages' Content-Security-Policy, a year's caching for fingerprinted assets and the 404 page.
/// </summary>
/// <remarks>
/// Paths are relative to the output folder, which these hosts serve as the root of the site. GitHub Pages and Netlify
/// find <c>404.html</c> by themselves; Azure needs <c>responseOverrides</c>.
/// </remarks>
/// <param name="assets">The theme's prepared assets: the fingerprinted ones are cached for a year.</param>
public sealed class HostingFilesSection(ThemeAssets assets) : ISiteSection
{
    private readonly ThemeAssets _assets = SectionInput.Required(assets, nameof(HostingFilesSection), "the theme's prepared assets");

    /// <summary>The cache policy of fingerprinted assets: their name changes whenever their content does.</summary>
    public const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>The cache policy of pages and every other file: check with the server before each use.</summary>
    public const string RevalidateCache = "public, max-age=0, must-revalidate";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // The policy's quotes stay readable; every value is the generator's own text, never user input.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        plan.AddFile(new PlannedFile("_headers", ctx => Headers(ctx, _assets)));
        plan.AddFile(new PlannedFile("staticwebapp.config.json", ctx => AzureConfig(ctx, _assets)));
    }

    /// <summary>Headers every response carries, in the order written.</summary>
    private static List<(string Name, string Value)> SiteHeaders(RenderContext context)
    {
        List<(string, string)> headers =
        [
            ("Content-Security-Policy", ContentSecurityPolicy.For(context.Settings)),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("X-Content-Type-Options", "nosniff"),
        ];
        if (context.InternalBuild)
        {
            headers.Add(("X-Robots-Tag", "noindex, nofollow"));
        }

        return headers;
    }

    private static IEnumerable<string> ImmutablePaths(ThemeAssets assets) =>
        assets.FingerprintedPaths.Select(p => "/" + p);

    private static byte[] Headers(RenderContext context, ThemeAssets assets)
    {
        var text = new StringBuilder();
        text.Append("# Response headers for Netlify and Cloudflare Pages, written by IBP Portal: do not edit, rebuild.\n");
        text.Append("# Paths are relative to the output folder, which the host serves as the site's root.\n");
        text.Append("# Pages keep the host's default caching (revalidate on every visit): a Cache-Control on /* would be\n");
        text.Append("# joined with the assets' own by Cloudflare, so only fingerprinted assets name one.\n");
        text.Append("/*\n");
        foreach (var (name, value) in SiteHeaders(context))
        {
            text.Append($"  {name}: {value}\n");
        }

        foreach (var path in ImmutablePaths(assets))
        {
            text.Append($"\n{path}\n  Cache-Control: {ImmutableCache}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] AzureConfig(RenderContext context, ThemeAssets assets)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("globalHeaders");
            foreach (var (name, value) in SiteHeaders(context))
            {
                w.WriteString(name, value);
            }

            // A route's header replaces the global one of the same name, so pages revalidate and assets stay a year.
            w.WriteString("Cache-Control", RevalidateCache);
            w.WriteEndObject();

            w.WriteStartArray("routes");
            foreach (var path in ImmutablePaths(assets))
            {
                w.WriteStartObject();
                w.WriteString("route", path);
                w.WriteStartObject("headers");
                w.WriteString("Cache-Control", ImmutableCache);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("responseOverrides");
            w.WriteStartObject("404");
            w.WriteString("rewrite", "/404.html");
            w.WriteEndObject();
            w.WriteEndObject();

            // Pagefind's index files have extensions Azure does not know.
            w.WriteStartObject("mimeTypes");
            foreach (var extension in new[] { ".pagefind", ".pf_fragment", ".pf_index", ".pf_meta" })
            {
                w.WriteString(extension, "application/octet-stream");
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
