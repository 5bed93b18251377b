using System.Diagnostics;

namespace IbpPortal.BrowserTests.Harness;

/// <summary>The Chromium the tests drive: Debian's when it is installed, otherwise the one inside the npm package <c>@sparticuz/chromium</c>.</summary>
/// <remarks>
/// No browser is ever downloaded (<c>playwright install</c> cannot work on a machine that reaches only package
/// registries). The packaged Chromium is a headless shell built for containers: it runs here as root only with
/// <c>--no-sandbox --no-zygote --single-process</c>.
/// </remarks>
/// <param name="Path">The executable.</param>
/// <param name="Args">Command-line switches for Playwright's launch.</param>
/// <param name="Origin">Where the browser came from, for messages.</param>
public sealed record BrowserExecutable(string Path, IReadOnlyList<string> Args, string Origin)
{
    /// <summary>Debian's Chromium, used when present.</summary>
    public const string SystemChromium = "/usr/bin/chromium";

    /// <summary>The npm package that carries a Chromium, and its version (pinned in package.json).</summary>
    public const string Package = "@sparticuz/chromium";

    private static readonly string[] CommonArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>True when the browser runs everything in one process (the packaged Chromium), which serves one page at a time best.</summary>
    public bool SingleProcess => Args.Contains("--single-process");

    /// <summary>Debian's Chromium when installed, else the packaged one, unpacked once into the temp folder.</summary>
    public static BrowserExecutable Find()
    {
        if (File.Exists(SystemChromium))
        {
            return new BrowserExecutable(SystemChromium, CommonArgs, "Debian's chromium");
        }

        return new BrowserExecutable(UnpackPackaged(), [.. CommonArgs, "--no-zygote", "--single-process"], $"npm {Package} in {NpmFolder}");
    }

    /// <summary>The folder holding the browser tests' package.json and node_modules.</summary>
    public static string NpmFolder => System.IO.Path.Combine(RepoPaths.Root, "tests", "IbpPortal.BrowserTests");

    private static string UnpackPackaged()
    {
        var version = PackagedVersion();
        // A folder of our own per version, with a mark written after a complete unpack: the package reuses any
        // 'chromium' file it finds in its temp folder, even one cut short by an interrupted run.
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ibp-chromium-" + version);
        var done = System.IO.Path.Combine(folder, "unpacked");
        if (!File.Exists(done) && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NpmFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["TMPDIR"] = folder },
        };
        foreach (var argument in new[] { "-e", $"import('{Package}').then(m => m.default.executablePath()).then(p => process.stdout.write(p))" })
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node: install Node.js 20 or later.");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            node.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Unpacking {Package}'s Chromium took longer than 3 minutes.");
        }

        var path = stdout.Result.Trim();
        if (node.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No browser: {SystemChromium} is missing and {Package} could not be unpacked ({stderr.Result.Trim()}). "
                + "Building the browser tests runs 'npm ci' in tests/IbpPortal.BrowserTests, which installs it; or 'apt-get install chromium'.");
        }

        File.WriteAllText(done, path);
        return path;
    }

    private static string PackagedVersion()
    {
        var manifest = System.IO.Path.Combine(NpmFolder, "node_modules", "@sparticuz", "chromium", "package.json");
        if (!File.Exists(manifest))
        {
            throw new InvalidOperationException(
                $"No browser: {SystemChromium} is missing and {manifest} is not installed. Building the browser tests "
                + "runs 'npm ci' in tests/IbpPortal.BrowserTests (needs Node.js 20 or later and the npm registry); or 'apt-get install chromium'.");
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("version").GetString() ?? "unknown";
    }
}
