using System.Diagnostics;
using System.Text.Json;
using IbpPortal.BrowserTests.Harness;

namespace IbpPortal.BrowserTests;

/// <summary>A page of every kind passes the Nu HTML Checker (inline SVG included) with no errors.</summary>
[Collection(SharedPortal.Name)]
public sealed class HtmlValidityTests(PortalFixture portal)
{
    private static string VnuJar => Path.Combine(RepoPaths.Root, "tests", "IbpPortal.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public async Task Every_page_kind_passes_the_Nu_HTML_Checker()
    {
        var java = SystemTool.Java.Require();
        // The jar is an npm package that building this project installs (npm ci), so its absence is a failure.
        Assert.True(File.Exists(VnuJar),
            $"The Nu HTML Checker is missing at {VnuJar}: building tests/IbpPortal.BrowserTests runs 'npm ci' there, which installs it.");
        var files = PageKinds.Rows.Select(row => PathOf(row.Path)).ToList();

        var start = new ProcessStartInfo(java) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", VnuJar, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;

        var errors = Errors(report);
        Assert.True(errors.Count == 0, $"The Nu HTML Checker found {errors.Count} error(s):\n" + string.Join('\n', errors.Take(40)));
    }

    private string PathOf(string route) => route.EndsWith(".html", StringComparison.Ordinal)
        ? Path.Combine(portal.Output, route.TrimStart('/'))
        : Path.Combine(portal.Output, route.Trim('/'), "index.html");

    private List<string> Errors(string report)
    {
        if (string.IsNullOrWhiteSpace(report))
        {
            return [];
        }

        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray().Select(m =>
        {
            var url = m.TryGetProperty("url", out var u) && u.GetString() is { } raw
                ? Uri.TryCreate(raw, UriKind.Absolute, out var uri) && uri.IsFile ? Path.GetRelativePath(portal.Output, uri.LocalPath) : raw
                : "?";
            var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var extract = m.TryGetProperty("extract", out var e) ? e.GetString()?.ReplaceLineEndings(" ") : null;
            return $"{url}:{line}: {m.GetProperty("message").GetString()} [{extract}]";
        })];
    }
}
