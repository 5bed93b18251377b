using Microsoft.Playwright;

namespace IbpPortal.BrowserTests.Harness;

/// <summary>One browser page in its own context, with what it logged and requested.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly bool closeContext;
    private readonly SemaphoreSlim? turn;
    private readonly List<string> consoleErrors = [];
    private readonly List<string> pageErrors = [];
    private readonly List<Uri> requests = [];

    private PageSession(IBrowserContext context, IPage page, bool closeContext, SemaphoreSlim? turn)
    {
        this.context = context;
        this.closeContext = closeContext;
        this.turn = turn;
        Page = page;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Console messages of type error, with where they came from.</summary>
    public IReadOnlyList<string> ConsoleErrors => consoleErrors;

    /// <summary>Uncaught exceptions in the page.</summary>
    public IReadOnlyList<string> PageErrors => pageErrors;

    /// <summary>Every request the page made, in order.</summary>
    public IReadOnlyList<Uri> Requests => requests;

    /// <summary>Opens the context's one page.</summary>
    /// <param name="context">A context of its own for this session, so that no storage is shared between tests.</param>
    /// <param name="closeContext">
    /// False for a single-process Chromium: closing a browser context there ends the whole browser (every later call
    /// fails with "Target page, context or browser has been closed"), while closing a page does not. Its context, then
    /// empty, stays until the browser closes.
    /// </param>
    /// <param name="turn">Released when the session ends: the single-process browser's one-page-at-a-time turn, if this session holds it.</param>
    internal static async Task<PageSession> StartAsync(IBrowserContext context, bool closeContext, SemaphoreSlim? turn)
    {
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, closeContext, turn);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => session.pageErrors.Add(error);
        context.Request += (_, request) => session.requests.Add(new Uri(request.Url));
        return session;
    }

    /// <summary>Goes to a site path such as <c>/case-studies/</c> and waits for its load event (scripts are deferred modules, run by then).</summary>
    public async Task GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is not null && response.Ok, $"{path} answered {response?.Status}");
    }

    /// <summary>Saves a full-page screenshot named after the page kind and width, cut at <paramref name="maxHeight"/> pixels.</summary>
    /// <remarks>Organisation pages run to 60,000 pixels on a phone; their top 10,000 show every component, at a fraction of the time.</remarks>
    public async Task<string> ScreenshotAsync(string kind, int maxHeight = 10_000)
    {
        var width = Page.ViewportSize?.Width ?? 0;
        var height = await Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var file = Path.Combine(PortalFixture.Screenshots, $"{kind}-{width}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = file,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, maxHeight) },
        });
        return file;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (closeContext)
            {
                await context.CloseAsync();
            }
            else
            {
                await Page.CloseAsync();
            }
        }
        finally
        {
            turn?.Release();
        }
    }
}
