using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace IbpPortal.BrowserTests.Harness;

/// <summary>Serves a built portal folder on 127.0.0.1 with a free port, the way a static host would.</summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    /// <summary>The site's root address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>Starts serving <paramref name="siteFolder"/>; unknown paths get its <c>404.html</c> with status 404.</summary>
    public static async Task<StaticSiteServer> StartAsync(string siteFolder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteFolder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".svg"] = "image/svg+xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        // Pagefind's index files are binary blobs fetched by its own loader.
        foreach (var extension in new[] { ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind" })
        {
            provider.Mappings[extension] = "application/octet-stream";
        }

        return provider;
    }
}
