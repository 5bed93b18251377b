using IbpPortal.BoardPacks.Fonts;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// A tagged, paginated A4 report described fluently — headings, paragraphs, lists, tables, charts, KPI
/// tiles, a contents page — and saved as PDF bytes (PDFsharp 6.2.4 underneath).
/// </summary>
/// <remarks>
/// Output is deterministic: the same content, fonts and <see cref="ReportInfo.CreationDate"/> give the same bytes.
/// Every page has a running header (short title, organisation and period, marking) and a "Page n of N"
/// footer, drawn as artifacts. Each H1 starts a tagged section; H1 and H2 get bookmarks and contents entries.
/// </remarks>
public sealed class PdfReport
{
    private readonly ReportInfo _info;
    private readonly List<IBlock> _blocks = [];
    private readonly Dictionary<string, IBlock> _anchors = new(StringComparer.Ordinal);
    private bool _saved;

    private PdfReport(ReportInfo info) => _info = info;

    /// <summary>Starts a report with its metadata and running header.</summary>
    public static PdfReport Create(ReportInfo info)
    {
        ReportFonts.EnsureInstalled();
        return new PdfReport(info);
    }

    /// <summary>Adds a cover title in large type, with an optional subtitle.</summary>
    public PdfReport Title(string title, string? subtitle = null) => Add(new TitleBlock(title, subtitle));

    /// <summary>Adds a heading of level 1–3; a level-1 heading starts a new tagged section.</summary>
    /// <param name="level">1, 2 or 3.</param>
    /// <param name="text">The heading's text.</param>
    /// <param name="anchor">A name that <see cref="ParagraphBuilder.LinkTo"/> can link to; none when null.</param>
    /// <param name="bookmark">Whether a level 1 or 2 heading gets a bookmark and a contents entry.</param>
    public PdfReport Heading(int level, string text, string? anchor = null, bool bookmark = true) => Heading(level, text, anchor, bookmark, bookmark && level <= 2);

    /// <summary>Adds a heading of level 1–3 that may have a bookmark but be left out of the contents (e.g. one heading per measure).</summary>
    public PdfReport Heading(int level, string text, string? anchor, bool bookmark, bool inContents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        var heading = new HeadingBlock(level, text, anchor, bookmark, inContents: inContents && level <= 2);
        if (anchor is not null && !_anchors.TryAdd(anchor, heading))
        {
            throw new ArgumentException($"The anchor '{anchor}' is already used by another heading.", nameof(anchor));
        }

        return Add(heading);
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    public PdfReport Paragraph(string text) => Paragraph(p => p.Text(text));

    /// <summary>Adds a paragraph of styled runs and links.</summary>
    public PdfReport Paragraph(Action<ParagraphBuilder> describe) => Paragraph(describe, keepWithNext: false);

    /// <summary>Adds a paragraph of styled runs and links; when <paramref name="keepWithNext"/>, it moves whole to the page where the next block starts (e.g. a chart's commentary).</summary>
    public PdfReport Paragraph(Action<ParagraphBuilder> describe, bool keepWithNext)
    {
        var paragraph = new ParagraphBuilder();
        describe(paragraph);
        return Add(new ParagraphBlock(paragraph.Runs, keepWithNext: keepWithNext));
    }

    /// <summary>Adds a note in small grey type, e.g. a source or a footnote.</summary>
    public PdfReport Note(string text) => Add(new ParagraphBlock([new InlineRun(text)], small: true));

    /// <summary>Adds a bulleted list of plain items.</summary>
    public PdfReport Bullets(IEnumerable<string> items) => List(false, list => AddItems(list, items));

    /// <summary>Adds a numbered list of plain items.</summary>
    public PdfReport Numbered(IEnumerable<string> items) => List(true, list => AddItems(list, items));

    /// <summary>Adds a bulleted or numbered list whose items may have styled runs and links.</summary>
    public PdfReport List(bool numbered, Action<ListBuilder> describe)
    {
        var list = new ListBuilder();
        describe(list);
        return Add(new ListBlock(list.Items, numbered));
    }

    /// <summary>Adds a table; its header row repeats on every page it continues on.</summary>
    public PdfReport Table(Action<TableBuilder> describe)
    {
        var table = new TableBuilder();
        describe(table);
        return Add(new TableBlock(table));
    }

    /// <summary>Adds a chart: one page of a chart PDF (e.g. from Skia), scaled to the content width, with alternative text and a caption.</summary>
    /// <param name="chartPdf">The chart PDF's bytes; pass the same array for every chart of one multi-page PDF so it is opened once.</param>
    /// <param name="pageNumber">The chart's page in that PDF, from 1.</param>
    /// <param name="altText">What the chart shows, for screen readers; required.</param>
    /// <param name="caption">Visible caption under the chart; none when null.</param>
    public PdfReport Figure(byte[] chartPdf, int pageNumber, string altText, string? caption = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        return Add(new FigureBlock(chartPdf, pageNumber, altText, caption));
    }

    /// <summary>Adds a chart at a fraction of the content width (e.g. 0.75 for a half-page exception report), centred.</summary>
    /// <param name="widthFraction">From 0.3 to 1 of the content width.</param>
    public PdfReport Figure(byte[] chartPdf, int pageNumber, string altText, string? caption, double widthFraction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        return Add(new FigureBlock(chartPdf, pageNumber, altText, caption, widthFraction));
    }

    /// <summary>Adds a chart with a column of icons and their words on its right, such as an SPC chart's variation and assurance icons.</summary>
    /// <param name="widthFraction">From 0.3 to 1 of the content width, less the icon column.</param>
    public PdfReport Figure(byte[] chartPdf, int pageNumber, string altText, IReadOnlyList<FigureIcon> icons, double widthFraction = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        return Add(new FigureBlock(chartPdf, pageNumber, altText, null, widthFraction, icons));
    }

    /// <summary>Adds one or two small charts side by side, each with its heading (an H2 with a bookmark, anchored), description and icons.</summary>
    internal PdfReport ChartPair(params ChartCell[] cells)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cells.Length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cells.Length, 2);
        var pair = new ChartPairBlock(cells);
        foreach (var cell in cells)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(cell.AltText);
            if (!_anchors.TryAdd(cell.Anchor, pair))
            {
                throw new ArgumentException($"The anchor '{cell.Anchor}' is already used.", nameof(cells));
            }
        }

        return Add(pair);
    }

    /// <summary>Adds a row of one to four KPI tiles of equal width.</summary>
    public PdfReport Kpis(params KpiTile[] tiles) => Add(new KpiRowBlock(tiles));

    /// <summary>Keeps the blocks <paramref name="describe"/> adds on one page: moved whole to the next page when they do not fit there.</summary>
    /// <remarks>Only a group taller than a page is split, between its blocks. A page break inside is not allowed.</remarks>
    public PdfReport KeepTogether(Action<PdfReport> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        int first = _blocks.Count;
        describe(this);
        if (_blocks.Count - first < 2)
        {
            return this;
        }

        var children = _blocks.GetRange(first, _blocks.Count - first);
        _blocks.RemoveRange(first, children.Count);
        return Add(new GroupBlock(children));
    }

    /// <summary>Continues on a new page.</summary>
    public PdfReport PageBreak() => Add(new PageBreakBlock());

    /// <summary>Adds vertical space in points; none at the top of a page.</summary>
    public PdfReport Space(double points) => Add(new SpacerBlock(points));

    /// <summary>Adds a contents list here: every H1 and H2 with its page number, each a link to its page.</summary>
    /// <param name="title">The contents' own heading (an H1 with a bookmark, not listed in the contents).</param>
    public PdfReport Contents(string title = "Contents")
    {
        Add(new HeadingBlock(1, title, null, bookmark: true, inContents: false));
        return Add(new ContentsBlock(() => _blocks.SelectMany(b => b is GroupBlock g ? g.Children : [b]).OfType<HeadingBlock>().Where(h => h.InContents).ToList()));
    }

    /// <summary>The layout engine's measurements of the saved report; null before <see cref="Save"/>.</summary>
    internal ReportLayout? Layout { get; private set; }

    /// <summary>Gets the number of pages of the saved report; 0 before <see cref="Save"/>.</summary>
    public int PageCount { get; private set; }

    /// <summary>Lays out, draws and finishes the PDF; a report can be saved once.</summary>
    public byte[] Save()
    {
        if (_saved)
        {
            throw new InvalidOperationException("This report has already been saved.");
        }

        _saved = true;
        var renderer = new ReportRenderer(_info, _blocks, _anchors);
        var bytes = renderer.Render();
        PageCount = renderer.PageCount;
        Layout = renderer.Layout;
        return bytes;
    }

    private PdfReport Add(IBlock block)
    {
        if (_saved)
        {
            throw new InvalidOperationException("This report has already been saved.");
        }

        _blocks.Add(block);
        return this;
    }

    private static void AddItems(ListBuilder list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            list.Item(item);
        }
    }
}
