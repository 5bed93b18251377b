using System.Text;
using System.Text.RegularExpressions;
using IbpPortal.BoardPacks.Layout;
using Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;
using MdSyntax = Markdig.Syntax;

namespace IbpPortal.BoardPacks;

/// <summary>Turns board-pack commentary (markdown) into report calls: headings, paragraphs with bold, italic and links, and lists.</summary>
/// <remarks>
/// What has no place in a pack (images, raw HTML, tables) is left out, and nothing in the text can make it throw.
/// Shortcodes are not rendered: a <c>{{&lt; … title="…" &gt;}}</c> tag becomes its title in bold, other tags are dropped.
/// </remarks>
internal static partial class CommentaryMarkdown
{
    /// <summary>Adds the commentary to <paramref name="report"/>; its headings become H2 (level 1–2) and H3, without contents entries.</summary>
    public static void Compose(PdfReport report, string markdown)
    {
        var document = Markdig.Markdown.Parse(Shortcodes(markdown));
        foreach (var block in document)
        {
            Block(report, block);
        }
    }

    private static void Block(PdfReport report, MdSyntax.Block block)
    {
        switch (block)
        {
            case MdSyntax.HeadingBlock heading:
                var text = Plain(heading.Inline);
                if (text.Length > 0)
                {
                    report.Heading(heading.Level <= 2 ? 2 : 3, text, bookmark: false);
                }

                break;
            case MdSyntax.ParagraphBlock paragraph when paragraph.Inline is { } inline:
                report.Paragraph(p => Inlines(p, inline, Style.Plain));
                break;
            case MdSyntax.ListBlock list:
                report.List(list.IsOrdered, builder =>
                {
                    foreach (var item in list.OfType<MdSyntax.ListItemBlock>())
                    {
                        var inlines = item.Descendants<MdSyntax.ParagraphBlock>().Select(p => p.Inline).OfType<MdInlines.ContainerInline>().ToList();
                        builder.Item(p =>
                        {
                            for (int i = 0; i < inlines.Count; i++)
                            {
                                if (i > 0)
                                {
                                    p.Text(" ");
                                }

                                Inlines(p, inlines[i], Style.Plain);
                            }
                        });
                    }
                });
                break;
            case MdSyntax.QuoteBlock quote:
                foreach (var inner in quote)
                {
                    Block(report, inner);
                }

                break;
            case MdSyntax.CodeBlock { Lines.Count: > 0 } code:
                report.Paragraph(code.Lines.ToString());
                break;
            default:
                // Thematic breaks, raw HTML and anything else have no place in a pack.
                break;
        }
    }

    private enum Style
    {
        Plain,
        Italic,
        Bold,
    }

    private static void Inlines(ParagraphBuilder p, MdInlines.ContainerInline container, Style style)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case MdInlines.LiteralInline literal:
                    Run(p, literal.Content.ToString(), style);
                    break;
                case MdInlines.CodeInline code:
                    Run(p, code.Content, style);
                    break;
                case MdInlines.LineBreakInline:
                    Run(p, " ", style);
                    break;
                case MdInlines.EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 || style == Style.Bold ? Style.Bold : Style.Italic;
                    Inlines(p, emphasis, inner);
                    break;
                case MdInlines.LinkInline { IsImage: true }:
                    break;
                case MdInlines.LinkInline link:
                    var text = Plain(link);
                    if (Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto))
                    {
                        p.Link(text.Length > 0 ? text : uri.ToString(), uri);
                    }
                    else
                    {
                        Run(p, text, style);
                    }

                    break;
                case MdInlines.AutolinkInline auto:
                    if (Uri.TryCreate(auto.Url, UriKind.Absolute, out var address))
                    {
                        p.Link(auto.Url, address);
                    }

                    break;
                case MdInlines.ContainerInline nested:
                    Inlines(p, nested, style);
                    break;
                default:
                    // Raw HTML inlines are left out.
                    break;
            }
        }
    }

    private static void Run(ParagraphBuilder p, string text, Style style)
    {
        switch (style)
        {
            case Style.Bold:
                p.Bold(text);
                break;
            case Style.Italic:
                p.Italic(text);
                break;
            default:
                p.Text(text);
                break;
        }
    }

    /// <summary>The text of an inline container without its formatting.</summary>
    private static string Plain(MdInlines.ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var inline in container.Descendants())
        {
            switch (inline)
            {
                case MdInlines.LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case MdInlines.CodeInline code:
                    text.Append(code.Content);
                    break;
                case MdInlines.LineBreakInline:
                    text.Append(' ');
                    break;
                default:
                    break;
            }
        }
        return text.ToString().Trim();
    }

    private static string Shortcodes(string markdown) =>
        ShortcodeTag().Replace(markdown, m => m.Groups["title"].Success ? $"\n**{m.Groups["title"].Value}**\n\n" : string.Empty);

    [GeneratedRegex("""\{\{<\s*/?[A-Za-z][\w-]*(?:[^>]*?\btitle\s*=\s*"(?<title>[^"]*)")?[^>]*>\}\}""")]
    private static partial Regex ShortcodeTag();
}
