using IbpPortal.Build;
using IbpPortal.Cli.Preview;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Preview;

public class PreviewServerTests
{
    private const string Site = """
        -- input/index.md --
        ---
        title: Home
        ---
        First version.
        """;

    [Fact]
    public async Task Preview_serves_pages_with_the_reload_script_and_pushes_reload_after_a_change()
    {
        using var site = SiteFixture.Create(Site);
        var options = new BuildOptions { Root = site.Root, Search = false, Packs = [], CacheDir = RepoPaths.SharedCache };
        await using var server = new PreviewServer(options, _ => { });
        await server.StartAsync(0);
        Assert.Equal("127.0.0.1", server.Address.Host);

        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var home = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("First version.", home, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Tag, home, StringComparison.Ordinal);
        Assert.DoesNotContain(ReloadScript.Path, File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);

        using var events = await http.GetStreamAsync(new Uri(ReloadScript.EventsPath, UriKind.Relative));
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        site.Write(Site.Replace("First version.", "Second version.", StringComparison.Ordinal));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));

        Assert.Equal("event: reload", line);
        Assert.Contains("Second version.", await http.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_with_errors_keeps_the_last_good_site_and_sends_the_errors()
    {
        using var site = SiteFixture.Create(Site);
        var options = new BuildOptions { Root = site.Root, Search = false, Packs = [], CacheDir = RepoPaths.SharedCache };
        await using var server = new PreviewServer(options, _ => { });
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var events = await http.GetStreamAsync(new Uri(ReloadScript.EventsPath, UriKind.Relative));
        using var reader = new StreamReader(events);
        await reader.ReadLineAsync();

        site.Write(Site.Replace("First version.", "Broken [link](/nowhere/).", StringComparison.Ordinal));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));

        Assert.Equal("event: errors", line);
        var data = await reader.ReadLineAsync(timeout.Token);
        Assert.Contains("input/index.md:4:", data, StringComparison.Ordinal);
        Assert.Contains("IBP1110", data, StringComparison.Ordinal);
        Assert.Contains("First version.", await http.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/index.md", true)]
    [InlineData("data/actuals.csv", true)]
    [InlineData("theme/layouts/page.liquid", true)]
    [InlineData("portal.yml", true)]
    [InlineData("output/index.html", false)]
    [InlineData("theme/node_modules/x/y.js", false)]
    [InlineData(".ibp-cache/portal.css", false)]
    [InlineData("input/.index.md.swp", false)]
    public void Only_source_changes_trigger_a_rebuild(string path, bool expected) =>
        Assert.Equal(expected, PreviewServer.IsSource("/site", Path.Combine("/site", path)));
}
