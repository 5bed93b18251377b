using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IbpPortal.BoardPacks.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace IbpPortal.Tests.BoardPacks;

public sealed class PdfReportTests
{
    private static readonly Lazy<byte[]> FullPack = new(() => SamplePacks.Full().Save());

    [Fact]
    public void Metadata_title_language_and_display_title_are_set()
    {
        using var document = PdfDocument.Open(FullPack.Value);

        Assert.Equal("Integrated Performance Report — Test Trust, May 2025", document.Information.Title);
        Assert.Equal("Test Trust", document.Information.Author);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en-GB", PdfRead.Text(document, catalog, "Lang"));
        var preferences = PdfRead.Dictionary(document, catalog.Data["ViewerPreferences"])!;
        Assert.True(((BooleanToken)PdfRead.Get(document, preferences, "DisplayDocTitle")!).Data);
        Assert.True(((BooleanToken)PdfRead.Get(document, PdfRead.Dictionary(document, catalog.Data["MarkInfo"])!, "Marked")!).Data);
    }

    [Fact]
    public void Every_page_has_the_running_header_and_page_n_of_N()
    {
        using var document = PdfDocument.Open(FullPack.Value);

        Assert.True(document.NumberOfPages >= 4);
        foreach (var page in document.GetPages())
        {
            Assert.Contains("OFFICIAL", page.Text, StringComparison.Ordinal);
            Assert.Contains("Test Trust · May 2025", page.Text, StringComparison.Ordinal);
            Assert.Contains($"Page {page.Number} of {document.NumberOfPages}", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Long_table_repeats_its_header_on_every_page_and_never_splits_a_row()
    {
        using var document = PdfDocument.Open(FullPack.Value);

        var index = PdfRead.WordPages(document);
        var tablePages = new HashSet<int>();
        for (int i = 1; i <= 120; i++)
        {
            string id = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            var pages = PdfRead.PagesOf(index, $"R{id}");
            Assert.Single(pages);
            // Every cell of the row is on the row's page: the row was not split.
            Assert.Equal(pages, PdfRead.PagesOf(index, $"V{id}"));
            Assert.Equal(pages, PdfRead.PagesOf(index, $"P{id}"));
            tablePages.Add(pages[0]);
        }
        Assert.True(tablePages.Count >= 2, "The 120-row table should need more than one page.");
        foreach (int number in tablePages)
        {
            var page = document.GetPage(number);
            var header = page.GetWords().Single(w => w.Text == "Metric");
            var rows = page.GetWords().Where(w => Regex.IsMatch(w.Text, "^R[0-9]{3}$")).ToList();
            Assert.All(rows, row => Assert.True(row.BoundingBox.Bottom < header.BoundingBox.Bottom, $"Row {row.Text} is above the header on page {number}."));
        }
    }

    [Fact]
    public void Contents_page_numbers_are_the_pages_where_the_headings_are()
    {
        using var document = PdfDocument.Open(FullPack.Value);
        var contents = document.GetPage(1);
        var lines = PdfRead.Lines(contents);

        string[] headings = ["Alpha summary", "Bravo scorecard", "Bravo detail", "Charlie charts", "Charlie first chart", "Charlie second chart"];
        foreach (var heading in headings)
        {
            var words = heading.Split(' ');
            var entry = lines.Single(line => line.Count > words.Length && line.Take(words.Length).Select(w => w.Text).SequenceEqual(words));
            int listed = int.Parse(entry[^1].Text, System.Globalization.CultureInfo.InvariantCulture);
            // The contents line has leaders and a number; the heading itself is a line of its own.
            var actual = document.GetPages()
                .Where(page => PdfRead.Lines(page).Any(line => string.Join(' ', line.Select(w => w.Text)) == heading))
                .Select(page => page.Number)
                .First();
            Assert.Equal(actual, listed);
        }
        // One link annotation per contents entry, plus the paragraph's two links on the same page.
        Assert.True(contents.GetAnnotations().Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link) >= headings.Length);
    }

    [Fact]
    public void Structure_tree_has_sections_headings_lists_tables_and_figures_with_alt_text()
    {
        using var document = PdfDocument.Open(FullPack.Value);
        var elements = PdfRead.StructureElements(document);
        var types = elements.Select(e => PdfRead.Name(document, e, "S")).ToHashSet();

        foreach (var type in new[] { "Document", "Sect", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Link", "TOC", "TOCI" })
        {
            Assert.Contains(type, types);
        }

        // The header row repeated on continuation pages is an artifact: exactly one TH per column.
        var headerCells = elements.Where(e => PdfRead.Name(document, e, "S") == "TH").ToList();
        Assert.Equal(3, headerCells.Count);
        foreach (var th in headerCells)
        {
            var attributes = PdfRead.Dictionary(document, th.Data["A"])!;
            Assert.Equal("Table", PdfRead.Name(document, attributes, "O"));
            Assert.Equal("Column", PdfRead.Name(document, attributes, "Scope"));
        }
        Assert.Equal(121, elements.Count(e => PdfRead.Name(document, e, "S") == "TR"));

        var figures = elements.Where(e => PdfRead.Name(document, e, "S") == "Figure").ToList();
        Assert.Equal(["Line chart of the first metric.", "Line chart of the second metric."], figures.Select(f => PdfRead.Text(document, f, "Alt")));
        foreach (var figure in figures)
        {
            var layout = PdfRead.Dictionary(document, figure.Data["A"])!;
            var box = (ArrayToken)PdfRead.Get(document, layout, "BBox")!;
            var numbers = box.Data.Select(t => ((NumericToken)t).Double).ToArray();
            Assert.True(numbers[2] > numbers[0] && numbers[3] > numbers[1], "The figure's BBox is empty.");
            Assert.True(numbers[1] >= 0 && numbers[3] <= 842, "The figure's BBox is not in page coordinates.");
        }
    }

    [Fact]
    public void Bookmarks_nest_each_H2_under_its_H1()
    {
        using var document = PdfDocument.Open(FullPack.Value);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Select(r => r.Title).ToList();
        Assert.Equal(["Contents", "Alpha summary", "Bravo scorecard", "Charlie charts"], roots);
        var charlie = bookmarks.Roots.Single(r => r.Title == "Charlie charts");
        Assert.Equal(["Charlie first chart", "Charlie second chart"], charlie.Children.Select(c => c.Title));
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        var charts = SamplePacks.ChartPdf(2);
        var first = SamplePacks.Full(charts: charts).Save();
        var second = SamplePacks.Full(charts: charts).Save();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Title_with_ampersand_and_angle_brackets_gives_well_formed_XMP_with_the_PDF_UA_identifier()
    {
        var pdf = PdfReport.Create(SamplePacks.Info("A&E <test>")).Paragraph("Body").Save();
        using var document = PdfDocument.Open(pdf);

        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument();
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Equal("A&E <test>", xml.Descendants(dc + "title").Single().Value);
        Assert.Equal("1", xml.Descendants(pdfuaid + "part").Single().Value);
        Assert.Equal("A&E <test>", document.Information.Title);
    }

    [Fact]
    public void Every_Flate_stream_is_a_complete_zlib_stream_with_its_Adler_32()
    {
        // Regression: PDFsharp 6.2.4 writes deflate data without the zlib trailer, which `qpdf --check` reports.
        var pdf = FullPack.Value;
        string text = Encoding.Latin1.GetString(pdf);
        var streams = Regex.Matches(text, @"<<([^\n]*?/Filter/FlateDecode[^\n]*?)>>\nstream\n");
        Assert.NotEmpty(streams);
        foreach (Match match in streams)
        {
            var length = Regex.Match(match.Groups[1].Value, @"/Length (\d+)(?!\d| \d+ R)");
            if (!length.Success)
            {
                continue;
            }

            var data = pdf.AsSpan(match.Index + match.Length, int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            Assert.Equal(Adler32(inflated.ToArray()), BinaryPrimitives.ReadUInt32BigEndian(data[^4..]));
        }
    }

    [Fact]
    public void Fonts_are_embedded()
    {
        string text = Encoding.Latin1.GetString(FullPack.Value);

        int descriptors = Regex.Count(text, "/Type/FontDescriptor");
        Assert.True(descriptors > 0);
        Assert.Equal(descriptors, Regex.Count(text, "/FontFile2 "));
    }

    [Fact]
    public void A_heading_never_ends_a_page_without_the_start_of_what_follows()
    {
        var report = PdfReport.Create(SamplePacks.Info());
        for (int i = 0; i < 40; i++)
        {
            report.Heading(i % 3 == 0 ? 1 : 2, $"Heading{i:D2} topic");
            report.Paragraph($"Body{i:D2} " + string.Concat(Enumerable.Repeat("words that fill the page with text and more text ", 9 + i % 7)));
        }
        using var document = PdfDocument.Open(report.Save());
        var index = PdfRead.WordPages(document);

        for (int i = 0; i < 40; i++)
        {
            Assert.Equal(PdfRead.PagesOf(index, $"Heading{i:D2}"), PdfRead.PagesOf(index, $"Body{i:D2}"));
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_carries_on_over_pages_and_nothing_is_drawn_off_the_page()
    {
        // 800 words in a half-width column wrap to far more lines than one page holds (about 60 at 9 pt).
        string many = string.Join(' ', Enumerable.Range(1, 800).Select(i => $"Item{i:D3}"));
        var report = PdfReport.Create(SamplePacks.Info())
            .Table(table => table.Columns(1, 1).Header("Cell", "Measures").Row("Tall", many).Row("After", "Last"));
        using var document = PdfDocument.Open(report.Save());

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                // A word below the bottom edge (or above the top) is in the file but no reader ever sees it.
                Assert.True(word.BoundingBox.Bottom >= 0 && word.BoundingBox.Top <= page.Height,
                    $"'{word.Text}' on page {page.Number} is drawn off the page at y = {word.BoundingBox.Bottom:F0}");
                seen.Add(word.Text);
            }
        }
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        for (int i = 1; i <= 800; i++)
        {
            Assert.Contains($"Item{i:D3}", seen);
        }

        Assert.Contains("Last", seen);
    }

    [Theory]
    [InlineData("data/context-organisations.csv")]
    [InlineData("board_packs_for_every_trust_in_england.csv")]
    [InlineData("https://digital.nhs.uk/services/organisation-data-service")]
    public void A_path_too_wide_for_its_cell_breaks_after_a_slash_hyphen_or_underscore_or_before_a_dot(string path)
    {
        // The first column is 90 pt, 80 pt of text at 9 pt: each path is wider, with separators along it.
        var report = PdfReport.Create(SamplePacks.Info())
            .Table(table => table.FixedColumn(90).Column(1).Header("File", "Source").Row(path, "Portal configuration"));
        using var document = PdfDocument.Open(report.Save());

        var pieces = document.GetPage(1).GetWords().Where(w => w.BoundingBox.Left < 140 && path.Contains(w.Text, StringComparison.Ordinal))
            .OrderByDescending(w => w.BoundingBox.Bottom).Select(w => w.Text).ToList();
        Assert.Equal(path, string.Concat(pieces));
        Assert.True(pieces.Count >= 2, $"'{path}' should not fit on one line: {string.Join(" | ", pieces)}");
        for (var i = 0; i + 1 < pieces.Count; i++)
        {
            Assert.True(pieces[i][^1] is '/' or '-' or '_' || pieces[i + 1][0] == '.', $"'{path}' breaks inside a name: {string.Join(" | ", pieces)}");
        }
    }

    [Fact]
    public void A_figure_page_number_outside_the_chart_pdf_is_rejected_with_a_clear_message()
    {
        var report = PdfReport.Create(SamplePacks.Info()).Figure(SamplePacks.ChartPdf(1), 3, "Alt text");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => report.Save());
        Assert.Contains("has 1 pages", error.Message, StringComparison.Ordinal);
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (byte value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }
}
