using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown;

/// <summary>Wraps each markdown table in NHS.UK's responsive container, so wide tables scroll on a phone instead of the page.</summary>
internal sealed class ResponsiveTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table obj)
    {
        renderer.Write("<div class=\"nhsuk-table-responsive\">");
        ((IMarkdownObjectRenderer)inner).Write(renderer, obj);
        renderer.Write("</div>");
    }

    /// <summary>Replaces Markdig's table renderer in <paramref name="renderer"/> with this wrapper around it.</summary>
    public static void Install(HtmlRenderer renderer)
    {
        var original = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (original is null)
        {
            return;
        }

        renderer.ObjectRenderers.Remove(original);
        renderer.ObjectRenderers.Insert(0, new ResponsiveTableRenderer(original));
    }
}
