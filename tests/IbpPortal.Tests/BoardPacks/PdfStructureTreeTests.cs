using UglyToad.PdfPig;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>
/// The structure tree of a sample pack, declared and compared node by node as QuestPDF's conformance tests do: what a
/// screen reader walks through on the cover, in the scorecard table and on a chart page.
/// </summary>
public sealed class PdfStructureTreeTests(SamplePackSet set) : IClassFixture<SamplePackSet>
{
    // Gateshead has every kind of page: key messages, a scorecard and exception reports with charts.
    private const string Org = "RR7";

    [Fact]
    public void Cover_is_a_section_with_the_title_as_H1_then_key_messages_as_a_list()
    {
        var cover = Tree().Children[0];

        AssertTree("""
            Sect
              H1 "Integrated Performance Report"
              P
              H2 "Key messages"
              L[ListNumbering=Disc]
                LI
                  Lbl
                  LBody
                    Link
                ...
              P
              P
              P
              P
              P
              P
            """, cover);
    }

    [Fact]
    public void Scorecard_headers_are_column_headers_and_each_measure_is_a_row_header()
    {
        var table = Section("Scorecard").Children.First(c => c.Type == "Table");

        AssertTree("""
            Table
              TR
                TH[Scope=Column] "Measure"
                TH[Scope=Column] "Latest"
                TH[Scope=Column] "Plan"
                TH[Scope=Column] "Variance"
                TH[Scope=Column]
                TH[Scope=Column] "Variation"
                TH[Scope=Column] "Assurance"
                TH[Scope=Column] "Rank"
              TR
                TH[Scope=Row]
                TD
                TD
                TD
                TD
                TD
                TD
                TD
              ...
            """, table);
        Assert.All(table.Children.Skip(1), row => Assert.Equal("TH[Scope=Row]", row.Children[0].Label));
    }

    [Fact]
    public void Chart_page_gives_the_chart_as_a_figure_with_its_description_after_the_measures_heading()
    {
        var exceptions = Section("Exception reports");

        AssertTree("""
            Sect
              H1 "Exception reports"
              P
              H2
              Table
                TR
                  TH[Scope=Column] "Why an exception"
                  ...
                TR
                  TH[Scope=Row]
                  ...
              P
              P
              L[ListNumbering=Disc]
                ...
              Figure[Alt]
              ...
            """, exceptions);
        // The heading is "<measure>: exception report"; the chart's alt text names the same measure and the trust.
        var heading = exceptions.Children[2].Text.Trim();
        const string Suffix = ": exception report";
        Assert.EndsWith(Suffix, heading, StringComparison.Ordinal);
        var measure = heading[..^Suffix.Length];
        var figure = exceptions.Children.First(c => c.Type == "Figure");
        Assert.StartsWith(measure + ", Gateshead Health NHS Foundation Trust (RR7)", figure.Attributes["Alt"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_figure_in_the_pack_has_alternative_text() =>
        Assert.All(Tree().DescendantsAndSelf().Where(n => n.Type == "Figure"), f => Assert.False(string.IsNullOrWhiteSpace(f.Attributes.GetValueOrDefault("Alt"))));

    private StructureNode Tree()
    {
        using var document = PdfDocument.Open(set.Packs.Single(p => p.Org.Code == Org).Output.Pdf);
        var root = StructureNode.Read(document);
        Assert.Equal("Document", root.Type);
        return root;
    }

    private StructureNode Section(string title) =>
        Tree().Children.FirstOrDefault(s => s.Type == "Sect" && s.Children.Count > 0 && s.Children[0] is { Type: "H1" } h1 && h1.Text.Trim() == title)
        ?? throw new InvalidOperationException($"no section titled '{title}' in:\n{Tree().Outline(maxChildren: 40)}");

    private static void AssertTree(string expected, StructureNode actual)
    {
        var differences = ExpectedTree.Parse(expected).Differences(actual);
        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n\nThe tree:\n" + actual.Outline());
    }
}
