using System.Collections.Concurrent;
using IbpPortal.Build;
using IbpPortal.Diagnostics;
using Microsoft.Playwright;

namespace IbpPortal.BrowserTests.Harness;

/// <summary>The sample portal built once for the whole run, served on 127.0.0.1, with one headless Chromium.</summary>
public sealed class PortalFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Debian's Chromium; the tests never download a browser of their own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where screenshots are kept after the run, for people to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "ibp-browser-screenshots");

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly ConcurrentDictionary<(string Path, int Width), Lazy<Task<PageObservation>>> observations = new();
    // Two pages at a time: enough to overlap the browser's work with the test host's on two cores.
    private readonly SemaphoreSlim gate = new(2);
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "ibp-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The built public site's folder.</summary>
    public string Output => Path.Combine(workFolder, "site");

    /// <summary>The served site's root address.</summary>
    public Uri BaseUri => server?.BaseUri ?? throw new InvalidOperationException("The portal is not served yet.");

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium is not running.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive Debian's Chromium at {ChromiumPath}, which is missing: run 'apt-get install chromium' (CI installs it in .ci/run). Never 'playwright install'.");
        }

        var result = BuildPipeline.Run(new BuildOptions
        {
            Root = RepoPaths.Root,
            Output = Output,
            Search = true,
            Packs = [],
            CacheDir = Path.Combine(Path.GetTempPath(), "ibp-browser-cache"),
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample portal did not build:\n" +
                string.Join('\n', result.Diagnostics.Where(d => d.Severity == Severity.Error)));
        }

        server = await StaticSiteServer.StartAsync(Output);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(Screenshots);

        // Start every page visit now, slowest first, so they run two at a time while the other tests go on.
        foreach (var (kind, path) in PageKinds.Rows.OrderByDescending(row => row.Kind.StartsWith("organisation-", StringComparison.Ordinal)))
        {
            foreach (var width in new[] { PageKinds.Desktop, PageKinds.Phone })
            {
                _ = ObserveAsync(kind, path, width);
            }
        }
    }

    /// <summary>Opens a fresh page of <paramref name="width"/> CSS pixels that records console errors, page errors and every request.</summary>
    public async Task<PageSession> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseUri.ToString(),
        });
        return await PageSession.StartAsync(context);
    }

    /// <summary>The one visit to <paramref name="path"/> at <paramref name="width"/> that every test of it shares.</summary>
    public Task<PageObservation> ObserveAsync(string kind, string path, int width) =>
        observations.GetOrAdd((path, width), key => new Lazy<Task<PageObservation>>(() => ObserveOneAtATimeAsync(kind, key.Path, key.Width))).Value;

    private async Task<PageObservation> ObserveOneAtATimeAsync(string kind, string path, int width)
    {
        await gate.WaitAsync();
        try
        {
            return await PageObservation.ObserveAsync(this, kind, path, width);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        // Let visits still running finish before the browser goes.
        await Task.WhenAll(observations.Values.Select(v => v.Value).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the screenshots live elsewhere on purpose.
        }
    }

    public void Dispose() => gate.Dispose();
}
