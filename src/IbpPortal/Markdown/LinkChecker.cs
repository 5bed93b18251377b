using IbpPortal.Content;
using IbpPortal.Render;

namespace IbpPortal.Markdown;

/// <summary>Checks a page's links against the site plan and rewrites site links for the base path.</summary>
internal sealed class LinkChecker(ContentPage page, RenderContext context)
{
    // Whether the link being resolved was reported. Counting the build's diagnostics before and after instead cost a lock
    // on every thread's list for each link, and saw the errors other pages' threads reported meanwhile.
    private bool _reported;

    /// <summary>Returns the address to write, reporting broken, internal-only and unsafe links.</summary>
    public string Resolve(string? url, int line, int column, List<string> external)
    {
        _reported = false;
        var resolved = ResolveCore(url, line, column, external);
        if (_reported)
        {
            context.LinkReported(page.Route, resolved);
        }

        return resolved;
    }

    private string ResolveCore(string? url, int line, int column, List<string> external)
    {
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith('#'))
        {
            return url ?? string.Empty;
        }

        var at = page.BodyLocation(line, column + 1);
        if (Safety.LinkPolicy.SchemeOf(url) is not null)
        {
            if (Safety.LinkPolicy.IsAllowed(url))
            {
                external.Add(url);
                return url;
            }

            Error(at, MarkdownCodes.UnsafeLink, $"the link '{Shorten(url)}' uses a scheme that is not allowed", Safety.LinkPolicy.Allowed);
            return "#";
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            external.Add("https:" + url);
            return url;
        }

        var fragmentAt = url.IndexOfAny(['#', '?']);
        var target = fragmentAt >= 0 ? url[..fragmentAt] : url;
        var suffix = fragmentAt >= 0 ? url[fragmentAt..] : string.Empty;
        var route = target.StartsWith('/') ? target : Combine(page.SourcePath, target);
        if (route is null)
        {
            Broken(at, url);
            return url;
        }

        if (route.EndsWith(".md", StringComparison.Ordinal))
        {
            var source = "input" + route;
            var linked = context.Plan.Pages.FirstOrDefault(p => p.Content?.SourcePath == source);
            if (linked is null)
            {
                Withheld(at, url, source);
                return url;
            }

            route = linked.Route;
        }
        else if (!route.EndsWith('/') && !Path.HasExtension(route))
        {
            route += "/";
        }

        if (!context.Plan.Has(route))
        {
            if (context.Plan.WithheldRoutes.Contains(route))
            {
                Error(at, ContentCodes.LinkToInternal,
                    $"this public page links to {url}, which is internal and left out of public builds",
                    "remove the link, or make the linked page public");
            }
            else
            {
                Broken(at, url);
            }

            return url;
        }

        return context.Url(route) + suffix;
    }

    private void Withheld(Diagnostics.SourceLocation at, string url, string source)
    {
        if (context.Plan.WithheldRoutes.Contains(source))
        {
            Error(at, ContentCodes.LinkToInternal,
                $"this public page links to {url}, which is internal and left out of public builds",
                "remove the link, or make the linked page public");
        }
        else
        {
            Broken(at, url);
        }
    }

    private void Error(Diagnostics.SourceLocation at, string code, string message, string hint)
    {
        context.Diagnostics.Error(at, code, message, hint);
        _reported = true;
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..60] + "…";

    private void Broken(Diagnostics.SourceLocation at, string url)
    {
        var routes = context.Plan.Pages.Select(p => p.Route);
        var suggestion = Suggest.Nearest(url.StartsWith('/') ? url : "/" + url, routes);
        Error(at, ContentCodes.BrokenLink, $"the link '{url}' points at nothing the site publishes",
            suggestion is null ? "check the address; site links look like /case-studies/toronto/" : $"did you mean '{suggestion}'?");
    }

    /// <summary>Resolves a relative link against the folder of the source file, as a route.</summary>
    private static string? Combine(string sourcePath, string relative)
    {
        var parts = sourcePath.Split('/').Skip(1).SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        var route = "/" + string.Join('/', parts);
        return relative.EndsWith('/') && parts.Count > 0 ? route + "/" : route;
    }
}
