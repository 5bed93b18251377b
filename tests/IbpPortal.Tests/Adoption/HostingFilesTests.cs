using System.Text.Json;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Adoption;

/// <summary>The hosts' configuration files in the output: present, well formed, and sending the policy the pages carry.</summary>
public sealed class HostingFilesTests
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Headers_and_Azure_config_send_the_pages_own_policy(bool fontFace)
    {
        using var site = Build(fontFace);
        var meta = PageCsp(site, "/");
        Assert.Equal(meta, PageCsp(site, "/about/"));
        Assert.Equal(fontFace, meta.Contains("https://assets.nhs.uk", StringComparison.Ordinal));

        var headers = HeaderRules(site.File("_headers"));
        Assert.Equal(meta, headers["/*"]["Content-Security-Policy"]);

        using var azure = JsonDocument.Parse(site.File("staticwebapp.config.json"));
        Assert.Equal(meta, azure.RootElement.GetProperty("globalHeaders").GetProperty("Content-Security-Policy").GetString());
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_and_pages_are_not()
    {
        using var site = Build(fontFace: false);
        var hashed = site.OutputFiles().Where(f => f.StartsWith("assets/", StringComparison.Ordinal) && Theme.ThemeAssets.IsFingerprinted(f)).ToList();
        Assert.Contains(hashed, f => f.StartsWith("assets/portal.", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("assets/images/", StringComparison.Ordinal) && Theme.ThemeAssets.IsFingerprinted(f));

        var headers = HeaderRules(site.File("_headers"));
        Assert.Equal(hashed.Select(f => "/" + f).Order(StringComparer.Ordinal), headers.Keys.Where(k => k != "/*").Order(StringComparer.Ordinal));
        Assert.All(hashed, f => Assert.Equal(Immutable, headers["/" + f]["Cache-Control"]));
        Assert.False(headers["/*"].ContainsKey("Cache-Control"), "Cloudflare joins a /* Cache-Control with the assets' own");

        using var azure = JsonDocument.Parse(site.File("staticwebapp.config.json"));
        var root = azure.RootElement;
        Assert.Equal("public, max-age=0, must-revalidate", root.GetProperty("globalHeaders").GetProperty("Cache-Control").GetString());
        var routes = root.GetProperty("routes").EnumerateArray()
            .ToDictionary(r => r.GetProperty("route").GetString()!, r => r.GetProperty("headers").GetProperty("Cache-Control").GetString());
        Assert.Equal(hashed.Select(f => "/" + f).Order(StringComparer.Ordinal), routes.Keys.Order(StringComparer.Ordinal));
        Assert.All(routes.Values, v => Assert.Equal(Immutable, v));
        Assert.Equal("/404.html", root.GetProperty("responseOverrides").GetProperty("404").GetProperty("rewrite").GetString());
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
    }

    [Fact]
    public void Internal_edition_asks_search_engines_to_stay_away_in_its_headers()
    {
        using var site = SiteFixture.Create(Portal(fontFace: false));
        site.Build(@internal: true);
        Assert.Empty(site.Errors);
        Assert.Equal("noindex, nofollow", HeaderRules(site.File("_headers"))["/*"]["X-Robots-Tag"]);
        using var azure = JsonDocument.Parse(site.File("staticwebapp.config.json"));
        Assert.Equal("noindex, nofollow", azure.RootElement.GetProperty("globalHeaders").GetProperty("X-Robots-Tag").GetString());
    }

    private static SiteFixture Build(bool fontFace)
    {
        var site = SiteFixture.Create(Portal(fontFace));
        site.Build();
        Assert.Empty(site.Errors);
        return site;
    }

    private static string Portal(bool fontFace) => $"""
        -- portal.yml --
        title: Hosting portal
        include_font_face: {(fontFace ? "true" : "false")}
        packs: none
        -- input/index.md --
        ---
        title: Home
        ---
        See [about](/about/).
        -- input/about.md --
        ---
        title: About
        ---
        Text.
        """;

    private static string PageCsp(SiteFixture site, string route) =>
        site.Page(route).QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"no CSP meta tag on {route}");

    /// <summary>Reads a <c>_headers</c> file as the hosts do: a path line, then indented <c>Name: value</c> lines; <c>#</c> starts a comment.</summary>
    internal static Dictionary<string, Dictionary<string, string>> HeaderRules(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                rules.Add(line.Trim(), current);
                continue;
            }

            Assert.NotNull(current);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"not a header line: '{line}'");
            current.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return rules;
    }
}
