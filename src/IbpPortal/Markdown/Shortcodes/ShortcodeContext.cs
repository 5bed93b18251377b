using IbpPortal.Content;
using IbpPortal.Diagnostics;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>What a shortcode may use while rendering: the page, the site's services and a place to report problems.</summary>
public sealed class ShortcodeContext(ContentPage page, DiagnosticBag diagnostics, IReadOnlyDictionary<Type, object> services)
{
    /// <summary>The page being rendered.</summary>
    public ContentPage Page { get; } = page;

    /// <summary>Where problems are reported.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>A site service by type (analysis results, chart builders, URL resolver), or null.</summary>
    public T? Service<T>() where T : class => services.TryGetValue(typeof(T), out var service) ? service as T : null;

    /// <summary>Reports an error at the shortcode's place in the file.</summary>
    public void Error(ShortcodeCall call, string code, string message, string hint) =>
        Diagnostics.Error(Page.BodyLocation(call.Line, call.Column + 1), code, message, hint);
}
