using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// The drawing pass's state: the current page and its graphics, the structure builder, section and
/// outline nesting, and helpers that keep every mark inside a structure element or an artifact.
/// </summary>
internal sealed class DrawContext(PdfDocument document, StructureBuilder structure, Theme theme, LayoutContext layout,
    IReadOnlyDictionary<string, IBlock> anchors, int pageCount)
{
    private XGraphics? _gfx;
    private PdfPage? _page;
    private bool _sectionOpen;
    private PdfOutline? _lastTopOutline;

    public PdfDocument Document { get; } = document;

    public StructureBuilder Structure { get; } = structure;

    public Theme Theme { get; } = theme;

    public ChartForms Charts => layout.Charts;

    public int PageCount { get; } = pageCount;

    public int PageNumber { get; private set; }

    public XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page is being drawn.");

    public PdfPage Page => _page ?? throw new InvalidOperationException("No page is being drawn.");

    public double Left => Theme.MarginLeft;

    public double Width => Theme.ContentWidth;

    public void BeginPage(PdfPage page, XGraphics gfx, int pageNumber)
    {
        _page = page;
        _gfx = gfx;
        PageNumber = pageNumber;
    }

    public void EndPage()
    {
        // No marked content may stay open across pages: its EMC would land in the next page's stream.
        Structure.EndMarkedContentsWithId();
        _gfx = null;
        _page = null;
    }

    /// <summary>Ends the open Sect, if any, and opens a new one (each H1 starts a section).</summary>
    public void BeginSection()
    {
        EndSection();
        Structure.BeginElement(PdfGroupingElementTag.Section);
        _sectionOpen = true;
    }

    public void EndSection()
    {
        if (!_sectionOpen)
        {
            return;
        }

        Structure.End();
        _sectionOpen = false;
    }

    public void AddOutline(int level, string title)
    {
        if (level == 1 || _lastTopOutline is null)
        {
            var outline = Document.Outlines.Add(title, Page, true);
            if (level == 1)
            {
                _lastTopOutline = outline;
            }
        }
        else
        {
            _lastTopOutline.Outlines.Add(title, Page, true);
        }
    }

    public int PageOfAnchor(string anchor) => layout.FirstPage(anchors[anchor]);

    public int PageOf(IBlock block) => layout.FirstPage(block);

    public void Artifact(Action draw)
    {
        Structure.BeginArtifact();
        draw();
        Structure.End();
    }

    public void Element(PdfBlockLevelElementTag tag, Action draw)
    {
        Structure.BeginElement(tag);
        draw();
        Structure.End();
    }

    /// <summary>Sets the current structure element's attribute dictionary, e.g. /O /Table /Scope /Column on a TH.</summary>
    public void SetAttributes(string owner, string key, string value)
    {
        var attributes = new PdfDictionary(Document);
        attributes.Elements.SetName("/O", owner);
        attributes.Elements.SetName(key, value);
        Structure.CurrentStructureElement.Elements["/A"] = attributes;
    }

    public void Fill(XRect rect, XColor colour) => Gfx.DrawRectangle(new XSolidBrush(colour), rect);

    public void Rule(double x1, double y, double x2, XColor colour, double width = 0.5) =>
        Gfx.DrawLine(new XPen(colour, width), x1, y, x2, y);

    public void Text(string text, XFont font, XColor colour, double x, double top, double lineHeight) =>
        Gfx.DrawString(text, font, new XSolidBrush(colour), x, top + (lineHeight - font.GetHeight()) / 2, XStringFormats.TopLeft);

    /// <summary>Draws a laid-out line; link spans become Link elements with their annotations.</summary>
    public void Line(TextLine line, double x, double top, double lineHeight, double size, XColor colour, bool bold = false)
    {
        foreach (var span in line.Spans)
        {
            var run = span.Run;
            var font = Theme.Font(size, bold || run.Bold, run.Italic);
            double spanX = x + span.X;
            if (!run.IsLink)
            {
                Text(span.Text, font, colour, spanX, top, lineHeight);
                continue;
            }
            var area = new XRect(spanX, top, span.Width, lineHeight);
            var annotation = run.Link is not null
                ? PdfLinkAnnotation.CreateWebLink(PdfRect(area), run.Link.AbsoluteUri)
                : PdfLinkAnnotation.CreateDocumentLink(PdfRect(area), PageOfAnchor(run.Anchor!));
            Link(annotation, span.Text, () =>
            {
                Text(span.Text, font, NhsColours.Blue, spanX, top, lineHeight);
                double underline = top + (lineHeight - font.GetHeight()) / 2 + size * 1.02;
                Rule(spanX, underline, spanX + span.Width, NhsColours.Blue, 0.6);
            });
        }
    }

    /// <summary>Wraps drawing in a Link element owning the annotation; PDFsharp adds the annotation to the page.</summary>
    public void Link(PdfLinkAnnotation annotation, string description, Action draw)
    {
        // PDFsharp stamps annotations with a random /NM and the clock's /M: both would break deterministic output.
        annotation.Elements.Remove("/NM");
        annotation.Elements.Remove("/M");
        Structure.BeginElement(annotation, description);
        draw();
        Structure.End();
    }

    public void Icon(IconGlyph icon, XRect box)
    {
        if (string.IsNullOrWhiteSpace(icon.AltText))
        {
            Artifact(() => icon.Draw(Gfx, box));
            return;
        }
        Structure.BeginElement(PdfIllustrationElementTag.Figure, icon.AltText, Gfx.Transformer.WorldToDefaultPage(box));
        icon.Draw(Gfx, box);
        Structure.End();
    }

    public PdfRectangle PdfRect(XRect rect) => new(Gfx.Transformer.WorldToDefaultPage(rect));
}
