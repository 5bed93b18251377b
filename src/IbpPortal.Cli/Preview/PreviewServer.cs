using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using IbpPortal.Build;
using IbpPortal.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IbpPortal.Cli.Preview;

/// <summary>
/// Serves the built site on 127.0.0.1 with Kestrel, watches the portal's sources, rebuilds on change and tells open
/// pages to reload (server-sent events). A change with errors keeps the last good site and shows the errors.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly Action<BuildResult> _onBuild;
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly BuildSession _session = new();
    private int _port;
    private readonly CancellationTokenSource _stop = new();
    private WebApplication? _app;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private string _basePath = "/";

    public PreviewServer(BuildOptions options, Action<BuildResult> onBuild)
    {
        _options = options;
        _onBuild = onBuild;
    }

    /// <summary>The address the site is served at.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The last build's result.</summary>
    public BuildResult? LastBuild { get; private set; }

    /// <summary>How many builds have finished (successful or not).</summary>
    public int Builds { get; private set; }

    /// <summary>
    /// Takes the output folder's lock (shared with <c>ibp build</c>), builds once, starts serving on the port (0 picks a
    /// free one) and starts watching; false when another build or preview holds the lock.
    /// </summary>
    public async Task<bool> StartAsync(int port, Action<string>? waiting = null)
    {
        _session.Lock = Safety.OutputLock.Acquire(_options.OutputPath, _options.LockTimeout, waiting);
        if (_session.Lock is null)
        {
            return false;
        }

        await RebuildAsync().ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, PreviewLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync().ConfigureAwait(false);
        var bound = _app.Urls.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        _port = Address.Port;

        _watcher = new FileSystemWatcher(_options.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        return true;
    }

    /// <summary>True for paths whose change should trigger a rebuild: content, data, theme and settings.</summary>
    internal static bool IsSource(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative == "portal.yml")
        {
            return true;
        }

        return (relative.StartsWith("input/", StringComparison.Ordinal) || relative.StartsWith("data/", StringComparison.Ordinal) ||
                relative.StartsWith("theme/", StringComparison.Ordinal)) &&
               !relative.Contains("/node_modules/", StringComparison.Ordinal) && !relative.StartsWith("theme/node_modules", StringComparison.Ordinal) &&
               !Path.GetFileName(relative).StartsWith('.') && !relative.EndsWith('~');
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!IsSource(_options.Root, e.FullPath))
        {
            return;
        }

        // Editors save in several steps; wait for the burst to end.
        _debounce?.Dispose();
        _debounce = new Timer(_ => _ = RebuildAsync(), null, 150, Timeout.Infinite);
    }

    /// <summary>Rebuilds (one at a time) and tells the pages: reload, or here are the errors.</summary>
    public async Task RebuildAsync()
    {
        await _buildLock.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            var result = BuildPipeline.Run(_options, reporter: null, _session);
            LastBuild = result;
            Builds++;
            _basePath = Settings.SettingsLoader.Load(_options.Root, new DiagnosticBag()).BasePath;
            _onBuild(result);
            var message = result.Succeeded
                ? "event: reload\ndata: ok\n\n"
                : "event: errors\ndata: " + JsonSerializer.Serialize(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).Take(50).ToList(), PreviewJsonContext.Default.ListString) + "\n\n";
            foreach (var client in _clients.Values)
            {
                client.Writer.TryWrite(message);
            }
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (!PreviewRequest.IsAllowedHost(http.Request.Headers.Host.ToString(), _port))
        {
            // Only this machine's loopback names: a page elsewhere using DNS rebinding must not read the site or its sources.
            http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }

        var path = http.Request.Path.Value ?? "/";
        if (path == ReloadScript.Path)
        {
            http.Response.ContentType = "text/javascript; charset=utf-8";
            await http.Response.WriteAsync(ReloadScript.Source).ConfigureAwait(false);
            return;
        }

        if (path == ReloadScript.EventsPath)
        {
            await EventsAsync(http).ConfigureAwait(false);
            return;
        }

        if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
        {
            http.Response.Redirect(_basePath);
            return;
        }

        var output = _options.OutputPath;
        var file = PreviewRequest.Resolve(output, path.Length >= _basePath.Length ? path[_basePath.Length..] : string.Empty);
        if (file is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                http.Response.Redirect(path + "/");
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            status = StatusCodes.Status404NotFound;
            file = Path.Combine(output, "404.html");
            if (!File.Exists(file))
            {
                await NoSiteAsync(http).ConfigureAwait(false);
                return;
            }
        }

        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        if (!_types.TryGetContentType(file, out var type))
        {
            type = "application/octet-stream";
        }

        http.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, http.RequestAborted).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The output was being swapped by a rebuild; the browser will be told to reload.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            bytes = Encoding.UTF8.GetBytes(at >= 0 ? html.Insert(at, ReloadScript.Tag + "\n") : html + ReloadScript.Tag);
        }

        await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>There is no site yet: show the errors of the build that failed, or a bare 404.</summary>
    private async Task NoSiteAsync(HttpContext http)
    {
        if (LastBuild is not { Succeeded: false } failed)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.Body.WriteAsync(BuildErrorPage.Render(failed), http.RequestAborted).ConfigureAwait(false);
    }

    private async Task EventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stop.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(linked.Token).ConfigureAwait(false))
            {
                await http.Response.WriteAsync(message, linked.Token).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        if (_debounce is not null)
        {
            await _debounce.DisposeAsync().ConfigureAwait(false);
        }

        if (_app is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _session.Lock?.Dispose();
        _buildLock.Dispose();
        _stop.Dispose();
    }
}
