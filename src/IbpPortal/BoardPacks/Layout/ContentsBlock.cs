using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// The contents list: one line per H1 and H2, each a link to the page its heading landed on, with dot
/// leaders and the page number right-aligned; tagged TOC / TOCI / Link.
/// </summary>
/// <remarks>
/// Its height depends only on the number of entries, never on the page numbers, so one layout pass
/// gives every heading its final page before anything is drawn.
/// </remarks>
internal sealed class ContentsBlock(Func<IReadOnlyList<HeadingBlock>> headings) : IBlock
{
    private const double Indent = 16;
    private IReadOnlyList<HeadingBlock> _entries = [];
    private double _size;
    private double _lineHeight;

    public double SpaceBefore => 4;

    public double SpaceAfter => 12;

    public int Prepare(LayoutContext context)
    {
        _entries = headings();
        _size = context.Theme.BodySize + 0.5;
        _lineHeight = _size * 1.9;
        return Math.Max(1, _entries.Count);
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        int fit = (int)Math.Floor((available + 0.01) / _lineHeight);
        int left = Math.Max(1, _entries.Count) - start;
        if (fit <= 0 && !atPageTop)
        {
            next = start;
            return null;
        }
        fit = Math.Clamp(fit, 1, left);
        next = start + fit;
        bool first = start == 0;
        bool last = next >= _entries.Count;
        int from = start;
        int to = Math.Min(next, _entries.Count);
        return new Fragment(fit * _lineHeight, (context, top) =>
        {
            if (first)
            {
                context.Structure.BeginElement(PdfGroupingElementTag.TableOfContents);
            }

            for (int i = from; i < to; i++)
            {
                DrawEntry(context, _entries[i], top + (i - from) * _lineHeight);
            }

            if (last)
            {
                context.Structure.End();
            }
        });
    }

    private void DrawEntry(DrawContext context, HeadingBlock heading, double top)
    {
        bool main = heading.Level == 1;
        var font = context.Theme.Font(_size, bold: main);
        int page = context.PageOf(heading);
        string number = page.ToString(CultureInfo.InvariantCulture);
        double left = context.Left + (main ? 0 : Indent);
        double right = context.Left + context.Width;
        double numberWidth = context.Gfx.MeasureString(number, font).Width;
        double titleWidth = context.Gfx.MeasureString(heading.Text, font).Width;
        var area = new XRect(left, top, right - left, _lineHeight);

        context.Structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
        var link = PdfLinkAnnotation.CreateDocumentLink(context.PdfRect(area), page);
        context.Link(link, $"{heading.Text}, page {number}", () =>
        {
            context.Text(heading.Text, font, NhsColours.Text, left, top, _lineHeight);
            context.Text(number, font, NhsColours.Text, right - numberWidth, top, _lineHeight);
        });
        context.Artifact(() => DrawLeaders(context, left + titleWidth + 6, right - numberWidth - 6, top));
        context.Structure.End();
    }

    private void DrawLeaders(DrawContext context, double from, double to, double top)
    {
        var font = context.Theme.Font(_size);
        double dot = context.Gfx.MeasureString(". ", font).Width;
        int count = (int)Math.Floor((to - from) / dot);
        if (count <= 0)
        {
            return;
        }
        // Leaders end a fixed gap before the number, whatever the title's length.
        double start = to - count * dot;
        context.Text(string.Concat(Enumerable.Repeat(". ", count)), font, NhsColours.MidGrey, start, top, _lineHeight);
    }
}
