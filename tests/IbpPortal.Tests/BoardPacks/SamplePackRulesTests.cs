using System.Text.RegularExpressions;
using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>
/// The rules every sample pack must keep: what a board must see (every measure in concern or failing its target in the
/// summary matrix, the executive summary and an exception report), and the composition rules, proved from the
/// layout engine's own measurements.
/// </summary>
public sealed partial class SamplePackRulesTests(SamplePackSet set) : IClassFixture<SamplePackSet>
{
    private const double MinimumFill = 0.40;

    [Fact]
    public void Every_measure_in_concern_or_failing_its_target_is_in_the_matrix_the_summary_and_an_exception_report()
    {
        var problems = new List<string>();
        foreach (var pack in set.Packs)
        {
            var rows = set.Analysis.Scorecard(pack.Org.Code).Rows;
            // A count that is only the numerator of a rate the pack shows (FTE days lost, beside the sickness absence rate)
            // is judged through that rate, which must show instead.
            var rates = rows.Where(r => r.Latest.HasValue && r.Metric.Numerator is not null && r.Metric.Denominator is not null)
                .ToDictionary(r => r.Metric.Numerator!, r => r);
            var mustShow = rows
                .Where(r => r.Latest.HasValue && (r.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow || r.Assurance == AssuranceIcon.Fail))
                .Select(r => r.Target is null && r.Metric.IsVolume && rates.TryGetValue(r.Metric.Id, out var rate) ? rate : r)
                .Select(r => r.Metric.Name)
                .Distinct()
                .ToList();
            using var pdf = PdfDocument.Open(pack.Output.Pdf);
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            var top = bookmarks.Roots.OfType<DocumentBookmarkNode>().ToList();
            var summary = top.Single(b => b.Title == "Executive summary");
            var after = top.First(b => b.PageNumber > summary.PageNumber);
            var summaryText = Words(pdf, summary.PageNumber, after.PageNumber - 1);
            var matrixText = Words(pdf, 2, 2);
            var reports = top.SingleOrDefault(b => b.Title == "Exception reports")?.Children.Select(c => c.Title).ToList() ?? [];
            Assert.Contains(Squash("Summary of measures"), matrixText, StringComparison.Ordinal);
            foreach (var name in mustShow)
            {
                var words = Squash(name);
                if (!matrixText.Contains(words, StringComparison.Ordinal))
                {
                    problems.Add($"{pack}: '{name}' is not in the summary matrix on page 2");
                }

                if (!summaryText.Contains(words, StringComparison.Ordinal))
                {
                    problems.Add($"{pack}: '{name}' is not in the executive summary");
                }

                if (!reports.Any(r => r.StartsWith(name, StringComparison.Ordinal)))
                {
                    problems.Add($"{pack}: '{name}' has no exception report");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(set.Packs, p => set.Analysis.Scorecard(p.Org.Code).Rows.Any(r => r.Assurance == AssuranceIcon.Fail));
    }

    [Fact]
    public void No_key_message_leads_with_a_count_that_only_makes_up_a_rate()
    {
        // RR8's sickness absence: 34,733 FTE days lost (Dec 2024) is the numerator of the 5.81% rate, which a board judges.
        var problems = new List<string>();
        foreach (var pack in set.Packs)
        {
            var rows = set.Analysis.Scorecard(pack.Org.Code).Rows;
            var parts = rows.Where(r => r.Latest.HasValue && r.Metric.Numerator is not null && r.Metric.Denominator is not null)
                .Select(r => rows.First(n => n.Metric.Id == r.Metric.Numerator))
                .Where(n => n.Target is null && n.Metric.IsVolume)
                .Select(n => n.Metric.Name)
                .ToList();
            using var pdf = PdfDocument.Open(pack.Output.Pdf);
            // Other measures' names are taken out first: "Diagnostic waits over 6 weeks" begins the name of its own rate.
            var cover = rows.Select(r => Squash(r.Metric.Name)).Where(n => !parts.Any(p => Squash(p) == n)).OrderByDescending(n => n.Length)
                .Aggregate(Words(pdf, 1, 1), (text, name) => text.Replace(name, "|", StringComparison.Ordinal));
            foreach (var name in parts.Where(n => cover.Contains(Squash(n), StringComparison.Ordinal)))
            {
                problems.Add($"{pack}: the cover names '{name}', which only makes up a rate");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("RR8", set.Packs.Select(p => p.Org.Code));
    }

    [Fact]
    public void Every_chart_prints_its_smallest_text_at_seven_points_or_more()
    {
        // The smallest chart text is the key and notes, ChartTheme.NoteFontSize (11) in the chart's own units; placed at a
        // scale s (placed width over chart width) it prints at 11 × s points. Two to a row: 11 × 233 / 360 = 7.1 points.
        var problems = new List<string>();
        int charts = 0;
        foreach (var pack in set.Packs)
        {
            foreach (var block in Layout(pack).Placements.Select(p => p.Block).Distinct())
            {
                double? scale = block switch
                {
                    FigureBlock figure => figure.PrintScale,
                    ChartPairBlock pair => pair.PrintScale,
                    _ => null,
                };
                if (scale is not { } s)
                {
                    continue;
                }

                charts++;
                if (IbpPortal.Charts.ChartTheme.NoteFontSize * s < 7)
                {
                    problems.Add($"{pack}: a chart's text prints at {IbpPortal.Charts.ChartTheme.NoteFontSize * s:0.0} pt");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(charts > 100, $"only {charts} charts checked");
    }

    [Fact]
    public void No_H2_heading_is_repeated_within_a_pack()
    {
        // A reader moving by headings (a screen reader's H key, the bookmarks) must never meet two H2s with the same words:
        // the ICB packs once had each headline measure's name as an H2 in both the system chapter and the domain chapters.
        var problems = new List<string>();
        int icbs = 0;
        foreach (var pack in set.Packs)
        {
            icbs += pack.Org.Type == IbpPortal.Model.OrgType.Icb ? 1 : 0;
            var headings = Layout(pack).Placements.Select(p => p.Block).Distinct().SelectMany(H2s).ToList();
            foreach (var repeated in headings.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"{pack}: '{repeated.Key}' is an H2 {repeated.Count()} times");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(icbs >= 2, "the sample's ICB packs were not checked");
    }

    private static IEnumerable<string> H2s(IBlock block) => block switch
    {
        HeadingBlock { Level: 2 } heading => [heading.Text],
        ChartPairBlock pair => pair.Cells.Select(c => c.Title),
        GroupBlock group => group.Children.SelectMany(H2s),
        _ => [],
    };

    [Fact]
    public void Domain_charts_are_set_two_to_a_row()
    {
        var problems = new List<string>();
        foreach (var pack in set.Packs)
        {
            var pairs = Layout(pack).Placements.Select(p => p.Block).OfType<ChartPairBlock>().Distinct().ToList();
            int domains = set.Analysis.Scorecard(pack.Org.Code).Domains.Count;
            // Only a domain with an odd number of charts ends on a single one.
            int singles = pairs.Count(p => p.Cells.Count == 1);
            if (pairs.Count == 0 || singles > domains)
            {
                problems.Add($"{pack}: {pairs.Count} rows of charts, {singles} with one chart, for {domains} domains");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_page_is_under_forty_percent_full_except_the_last_page_of_a_chapter()
    {
        var problems = new List<string>();
        foreach (var pack in set.Packs)
        {
            var layout = Layout(pack);
            // The measurement itself: a pack has full pages, and a chapter's end is not every page.
            Assert.Contains(Enumerable.Range(0, layout.PageCount), page => layout.Fill(page) > 0.8);
            Assert.True(Enumerable.Range(0, layout.PageCount).Count(layout.EndsChapter) < layout.PageCount * 0.75, $"{pack}: too many chapter ends");
            for (int page = 0; page < layout.PageCount; page++)
            {
                if (!layout.EndsChapter(page) && layout.Fill(page) < MinimumFill)
                {
                    problems.Add($"{pack} page {page + 1}: {layout.Fill(page):P0} full, next page opens with {layout.On(page + 1).FirstOrDefault()?.Block.GetType().Name}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_split_table_leaves_at_least_three_rows_on_each_page()
    {
        var problems = new List<string>();
        int splits = 0;
        foreach (var pack in set.Packs)
        {
            foreach (var part in Layout(pack).Placements.Where(p => p.Block is TableBlock && (p.Start > 0 || p.Next < p.Units)))
            {
                splits++;
                if (part.Next - part.Start < TableBlock.MinimumRows)
                {
                    problems.Add($"{pack} page {part.Page + 1}: a table part of {part.Next - part.Start} rows");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        var problems = new List<string>();
        foreach (var pack in set.Packs)
        {
            var layout = Layout(pack);
            for (int page = 0; page < layout.PageCount - 1; page++)
            {
                if (layout.On(page).LastOrDefault()?.Block is HeadingBlock heading)
                {
                    problems.Add($"{pack} page {page + 1}: ends with a level-{heading.Level} heading");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_SPC_chart_of_a_domain_section_has_its_variation_and_assurance_icons_in_words_beside_it()
    {
        var problems = new List<string>();
        int charts = 0;
        foreach (var pack in set.Packs)
        {
            using var pdf = PdfDocument.Open(pack.Output.Pdf);
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            var domains = bookmarks.Roots.OfType<DocumentBookmarkNode>()
                .Where(b => Enum.GetValues<IbpPortal.Model.Domain>().Any(d => IbpPortal.Sections.Wording.DomainName(d) == b.Title)).ToList();
            foreach (var row in set.Analysis.Scorecard(pack.Org.Code).Rows.Where(r => r.Latest.HasValue))
            {
                var node = domains.SelectMany(d => d.Children).OfType<DocumentBookmarkNode>().FirstOrDefault(c => c.Title == row.Metric.Name);
                if (node is null)
                {
                    problems.Add($"{pack}: no domain-section heading for {row.Metric.Name}");
                    continue;
                }

                charts++;
                // The chart may follow its heading onto the next page.
                var text = Words(pdf, node.PageNumber, Math.Min(pdf.NumberOfPages, node.PageNumber + 1));
                foreach (var words in new[] { IbpPortal.Charts.SpcIcons.VariationLabel(row.Variation), IbpPortal.Charts.SpcIcons.AssuranceLabel(row.Assurance) })
                {
                    if (!text.Contains(Squash(words), StringComparison.Ordinal))
                    {
                        problems.Add($"{pack} page {node.PageNumber}: {row.Metric.Name} has no '{words}' beside its chart");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(charts > 100, $"only {charts} charts checked");
    }

    [Fact]
    public void A_rebase_is_marked_on_its_chart_with_its_reason()
    {
        // data/rebase.csv: RXF re-based its vacancy rate from June 2018, "New recruitment model introduced".
        Assert.Contains(Squash("Re-based: New recruitment model introduced"), AllWords("RXF"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_scorecard_measure_name_is_set_on_three_lines_or_fewer_and_every_signal_label_on_one()
    {
        // The scorecard has eight columns at 9 pt on a portrait page; the icons sit above their words so that the
        // measure's name is not squeezed into one or two words a line.
        var problems = new List<string>();
        int names = 0;
        foreach (var pack in set.Packs)
        {
            using var pdf = PdfDocument.Open(pack.Output.Pdf);
            var lines = ChapterLines(pdf, "Scorecard");
            var left = lines.SelectMany(l => l).Where(w => w.Text == "Measure").Min(w => w.BoundingBox.Left);
            // The measure's words start within the column's 81 pt of text; the right-aligned latest figure starts past it.
            var firstColumn = lines.Select(l => string.Join(' ', l.TakeWhile(w => w.BoundingBox.Left < left + 82).Select(w => w.Text))).ToList();
            foreach (var row in set.Analysis.Scorecard(pack.Org.Code).Rows)
            {
                names++;
                var name = row.Metric.Name + (IbpPortal.Sections.Wording.IsIllustrative(row.Metric) ? " (illustrative)" : string.Empty);
                var used = LinesOf(name, firstColumn);
                if (used is null or > 3)
                {
                    problems.Add($"{pack}: '{name}' takes {used?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no run of"} lines");
                }
            }

            foreach (var line in lines)
            {
                for (var i = 0; i < line.Count; i++)
                {
                    if ((line[i].Text, i + 1 < line.Count ? line[i + 1].Text : null) is ("Common", not "cause") or ("Hit", not "and"))
                    {
                        problems.Add($"{pack}: a signal label is broken over two lines after '{line[i].Text}'");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(names > 100, $"only {names} names checked");
    }

    [Fact]
    public void Every_rank_month_and_signal_word_in_the_tables_is_kept_on_one_line()
    {
        // A board reads "128 of 135" and "(Sep 2024)" at a glance; broken as "128 of" over "135", or "(Sep" over "2024)",
        // the rank and the month read as two figures. The scorecard and the system tables put them in narrow columns,
        // where a word wider than its column is broken between its letters ("Improveme" over "nt").
        var labels = Enum.GetValues<VariationIcon>().Select(i => IbpPortal.Sections.Wording.Variation(i).Label)
            .Concat(Enum.GetValues<AssuranceIcon>().Select(i => IbpPortal.Sections.Wording.Assurance(i).Label))
            .SelectMany(l => l.Split(' ')).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var (ranks, months) = (0, 0);
        foreach (var pack in set.Packs)
        {
            using var pdf = PdfDocument.Open(pack.Output.Pdf);
            foreach (var line in ChapterLines(pdf, "Scorecard").Concat(ChapterLines(pdf, "The system and its trusts")))
            {
                var text = string.Join(' ', line.Select(w => w.Text)).Replace('\u00A0', ' ');
                ranks += RankPattern().Count(text);
                months += MonthPattern().Count(text);
                if (BrokenRank().Match(text) is { Success: true } rank)
                {
                    problems.Add($"{pack}: a rank is broken after '{rank.Value}' in \"{text}\"");
                }

                if (BrokenMonth().Match(text) is { Success: true } month)
                {
                    problems.Add($"{pack}: a month is broken after '{month.Value}' in \"{text}\"");
                }

                foreach (var word in line.Select(w => w.Text).Where(w => w.Length >= 3 && !labels.Contains(w)))
                {
                    if (labels.FirstOrDefault(l => l.StartsWith(word, StringComparison.Ordinal)) is { } whole)
                    {
                        problems.Add($"{pack}: '{whole}' is broken after '{word}'");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(ranks > 20 && months > 20, $"only {ranks} ranks and {months} months checked");
    }

    /// <summary>The lines of a chapter's pages, top to bottom, each line's words left to right; the chapter ends with a
    /// page break, so the next chapter starts on a page of its own. None for a pack without the chapter.</summary>
    private static List<List<UglyToad.PdfPig.Content.Word>> ChapterLines(PdfDocument pdf, string chapter)
    {
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var chapters = bookmarks.Roots.OfType<DocumentBookmarkNode>().ToList();
        var index = chapters.FindIndex(b => b.Title == chapter);
        if (index < 0)
        {
            return [];
        }

        var (first, last) = (chapters[index].PageNumber, index + 1 < chapters.Count ? chapters[index + 1].PageNumber : pdf.NumberOfPages + 1);
        return Enumerable.Range(first, last - first)
            .SelectMany(n => pdf.GetPage(n).GetWords().GroupBy(w => (Page: n, Bottom: Math.Round(w.BoundingBox.Bottom))))
            .OrderBy(line => line.Key.Page).ThenByDescending(line => line.Key.Bottom)
            .Select(line => line.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
    }

    [GeneratedRegex(@"\b\d+ of \d+\b")]
    private static partial Regex RankPattern();

    [GeneratedRegex(@"\b\d+ of(?! \d)")]
    private static partial Regex BrokenRank();

    [GeneratedRegex(@"\((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\)")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b(?! \d{4}\))")]
    private static partial Regex BrokenMonth();

    [Fact]
    public void A_pack_without_the_last_editions_record_does_not_call_itself_the_first_edition()
    {
        // The sample has no earlier edition record, but RR8's narratives of December 2024 and March 2025 are promises its
        // pack checks ("Promised in: Dec 2024 edition"): a pack that said it was the first edition would contradict
        // its own "Promises kept".
        var text = AllWords("RR8");
        Assert.Contains(Squash("Promises kept"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("Dec 2024"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Squash("first edition"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("No record of an earlier edition was found to compare with"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_is_set_at_nine_points_or_more()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableBuilder().TextSize(8));
    }

    /// <summary>How many lines of a table's first column, one after another, spell <paramref name="name"/>; null when none do.</summary>
    private static int? LinesOf(string name, List<string> column)
    {
        // A line of the row with nothing in the first column (the words under an icon) is skipped.
        for (var start = 0; start < column.Count; start++)
        {
            var (text, lines) = (string.Empty, 0);
            for (var end = start; end < column.Count && column[start].Length > 0; end++)
            {
                if (column[end].Length == 0)
                {
                    continue;
                }

                (text, lines) = ((text + " " + column[end]).Trim(), lines + 1);
                if (text == name)
                {
                    return lines;
                }

                if (!name.StartsWith(text, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        return null;
    }

    private static ReportLayout Layout(SamplePackSet.Pack pack) => pack.Output.Layout ?? throw new InvalidOperationException("no layout recorded");

    /// <summary>The whole text of an organisation's sample pack, squashed as <see cref="Words"/> gives it.</summary>
    private string AllWords(string org)
    {
        using var pdf = PdfDocument.Open(set.Packs.Single(p => p.Org.Code == org).Output.Pdf);
        return Words(pdf, 1, pdf.NumberOfPages);
    }

    private static string Words(PdfDocument pdf, int first, int last) =>
        Squash(string.Concat(Enumerable.Range(first, Math.Max(1, last - first + 1)).SelectMany(n => pdf.GetPage(n).Letters.Select(l => l.Value))));

    /// <summary>Text in drawing order without its spaces, so a name wrapped over lines of a table cell still matches.</summary>
    private static string Squash(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
