using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Turns a report's blocks into PDF bytes in two passes: lay everything out (so the page count and the
/// pages of headings are known), then draw page by page with tagging, then finish the file.
/// </summary>
internal sealed class ReportRenderer(ReportInfo info, IReadOnlyList<IBlock> blocks, IReadOnlyDictionary<string, IBlock> anchors)
{
    public const string CreatorTool = "IBP Portal";

    /// <summary>Pages of the rendered report; 0 until <see cref="Render"/> has run.</summary>
    public int PageCount { get; private set; }

    public ReportLayout? Layout { get; private set; }

    public byte[] Render()
    {
        var theme = new Theme();
        using var measure = XGraphics.CreateMeasureContext(theme.PageSize, XGraphicsUnit.Point, XPageDirection.Downwards);
        using var charts = new ChartForms();
        var layout = new LayoutContext(theme, measure, charts);
        var paginator = new Paginator(layout);
        var pages = paginator.Paginate(blocks);
        PageCount = pages.Count;
        Layout = new ReportLayout(theme.MarginTop, theme.ContentHeight, pages.Count, paginator.Placements);

        using var document = new PdfDocument();
        Describe(document);
        var structure = UAManager.ForDocument(document).StructureBuilder;
        UAManager.ForDocument(document).SetDocumentLanguage(info.Language);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;

        var context = new DrawContext(document, structure, theme, layout, anchors, pages.Count);
        var decorator = new PageDecorator(info);
        for (int i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(theme.PageSize.Width);
            page.Height = XUnit.FromPoint(theme.PageSize.Height);
            using var gfx = XGraphics.FromPdfPage(page);
            context.BeginPage(page, gfx, i + 1);
            foreach (var placed in pages[i])
            {
                placed.Fragment.Draw(context, placed.Top);
            }

            decorator.Decorate(context);
            context.EndPage();
        }
        context.EndSection();

        using var stream = new MemoryStream();
        document.Save(stream, false);
        var xmp = XmpPacket.Create(info, document.Info.Producer, CreatorTool);
        return PdfFileFinisher.Finish(stream.ToArray(), xmp);
    }

    private void Describe(PdfDocument document)
    {
        var described = document.Info;
        described.Title = info.Title;
        described.Subject = info.Subject;
        described.Author = info.Author;
        described.Keywords = info.Keywords;
        described.Creator = CreatorTool;
        // Written as strings so that no clock and no local time zone reach the file.
        string date = PdfDate(info.CreationDate);
        described.Elements.SetString("/CreationDate", date);
        described.Elements.SetString("/ModDate", date);
    }

    private static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{date:yyyyMMddHHmmss}{sign}{offset.Hours:D2}'{offset.Minutes:D2}'");
    }
}
