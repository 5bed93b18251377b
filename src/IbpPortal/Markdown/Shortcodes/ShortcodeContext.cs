using IbpPortal.Content;
using IbpPortal.Diagnostics;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>What a shortcode may use while rendering: the page and a place to report problems (what it shows, it is given when made).</summary>
public sealed class ShortcodeContext(ContentPage page, DiagnosticBag diagnostics)
{
    /// <summary>The page being rendered.</summary>
    public ContentPage Page { get; } = page;

    /// <summary>Where problems are reported.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The page's chart drawings: a shortcode that shows a chart adds it here, to be written as a file beside the page.</summary>
    public Render.PageCharts? Charts { get; init; }

    /// <summary>Reports an error at the shortcode's place in the file.</summary>
    public void Error(ShortcodeCall call, string code, string message, string hint) =>
        Diagnostics.Error(Page.BodyLocation(call.Line, call.Column + 1), code, message, hint);
}
