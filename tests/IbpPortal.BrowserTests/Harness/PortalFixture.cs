using System.Collections.Concurrent;
using IbpPortal.Build;
using IbpPortal.Diagnostics;
using Microsoft.Playwright;

namespace IbpPortal.BrowserTests.Harness;

/// <summary>The sample portal built once for the whole run, served on 127.0.0.1, with one headless Chromium.</summary>
public sealed class PortalFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Where screenshots are kept after the run, for people to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "ibp-browser-screenshots");

    private readonly ConcurrentDictionary<(string Path, int Width), Lazy<Task<PageObservation>>> observations = new();
    private readonly BrowserExecutable chromium = BrowserExecutable.Find();
    // Two pages at a time overlap the browser's work with the test host's on two cores; a single-process browser
    // (the packaged one) serves one page at a time.
    private readonly SemaphoreSlim gate;
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

    /// <summary>Finds the browser (Debian's, or the one inside an npm package); never downloads one.</summary>
    public PortalFixture() => gate = new SemaphoreSlim(chromium.SingleProcess ? 1 : 2);

    /// <summary>The browser the tests drive and where it came from.</summary>
    public BrowserExecutable Chromium => chromium;

    public async Task InitializeAsync()
    {
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
            ExecutablePath = chromium.Path,
            Headless = true,
            Args = chromium.Args,
        });
        Directory.CreateDirectory(Screenshots);
        // Two cores shared with the test host, the web server and (in CI) other work: 5 s is too short for a search to answer.
        Assertions.SetDefaultExpectTimeout(15_000);

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
    /// <remarks>
    /// With a single-process browser every page shares one process, and two heavy pages at once starve each other
    /// on two cores (search results then take longer than an assertion waits): there a test's page waits its turn
    /// with the page visits and holds it until the page is closed.
    /// </remarks>
    /// <param name="script">False to open the page with JavaScript off, as a reader whose script failed to load.</param>
    public async Task<PageSession> OpenAsync(int width = 1280, int height = 900, bool script = true)
    {
        if (!chromium.SingleProcess)
        {
            return await OpenPageAsync(width, height, turn: null, script);
        }

        await gate.WaitAsync();
        try
        {
            return await OpenPageAsync(width, height, gate, script);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>Opens a page for a visit that already holds its turn (<see cref="ObserveAsync"/>).</summary>
    internal Task<PageSession> OpenForVisitAsync(int width) => OpenPageAsync(width, 900, turn: null);

    private async Task<PageSession> OpenPageAsync(int width, int height, SemaphoreSlim? turn, bool script = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseUri.ToString(),
            JavaScriptEnabled = script,
        });
        return await PageSession.StartAsync(context, closeContext: !chromium.SingleProcess, turn);
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
