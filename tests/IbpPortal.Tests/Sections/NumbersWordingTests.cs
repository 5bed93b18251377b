using System.Text.RegularExpressions;
using IbpPortal.Build;
using IbpPortal.Tests.Harness;
using UglyToad.PdfPig;

namespace IbpPortal.Tests.Sections;

/// <summary>
/// Issue #18 items 7–10 as a reader finds them in a built portal (<see cref="NumbersPortal"/>): SPC sentences, the counting-change
/// warning, trajectories against national standards, formatting and provenance. Expectations are worked by hand.
/// </summary>
public sealed partial class NumbersWordingTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.Create(NumbersPortal.Text);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("A&E attendances, all types", "A&E attendances, all types")]
    [InlineData("RTT waiting list", "RTT waiting list")]
    [InlineData("Incomplete pathways within 18 weeks", "incomplete pathways within 18 weeks")]
    [InlineData("Faster Diagnosis Standard patients", "Faster Diagnosis Standard patients")] // a proper name keeps its capitals
    [InlineData("Type 1 A&E attendances", "type 1 A&E attendances")]
    public void Measure_names_inside_a_sentence_keep_their_acronyms(string name, string expected) =>
        Assert.Equal(expected, IbpPortal.Sections.Wording.InSentence(name));

    [Fact]
    public void Check_warns_of_a_step_beyond_the_limits_with_no_rebase_naming_organisation_metric_and_month()
    {
        var result = BuildPipeline.Run(new BuildOptions { Root = _site.Root, CheckOnly = true, CacheDir = RepoPaths.SharedCache });

        // RA1's attendances: 98/102 to Oct 2018, 198/202 from Nov 2018. One segment: mean 150, moving ranges 4 (and one 96,
        // screened), limits 139.36 to 160.64, a band of 21.28; the step 102 → 198 is 96, and the new level holds 10 months.
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "IBP2250" && d.Message.Contains("(attend)", StringComparison.Ordinal));
        Assert.Contains("RA1 A&E attendances (attend): a likely counting change in Nov 2018", warning.Message, StringComparison.Ordinal);
        Assert.Contains("step from 102 in Oct 2018 to 198", warning.Message, StringComparison.Ordinal);
        Assert.Contains("RA1,attend,2018-11,<reason>' to data/rebase.csv", warning.Hint, StringComparison.Ordinal);
        Assert.Contains("never re-based by itself", warning.Hint, StringComparison.Ordinal);
        // Header, then seven rows a month: RA1's attendances for Nov 2018 (the eleventh month) are on line 2 + 7 × 10.
        Assert.Equal(("data/actuals.csv", 72), (warning.Location.Path, warning.Location.Line));
        // RA2's attendances alternate with no step: no warning.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "IBP2250" && d.Message.StartsWith("RA2 A&E attendances", StringComparison.Ordinal));
    }

    [Fact]
    public void Spc_text_describes_the_segment_and_a_rebase_with_its_reason()
    {
        Assert.True(_site.Build().Succeeded, string.Join("\n", _site.Messages));
        var before = Text(_site.Page("/organisations/RA1/"));
        // Every point is outside the one set of limits (139.36 to 160.64): the text must say so, not "no significant change".
        Assert.Contains(
            "In the current segment (Jan 2018 to Aug 2019): 10 points below the lower limit (Jan 2018 to Oct 2018, neither improvement nor concern); "
            + "10 points above the upper limit (Nov 2018 to Aug 2019, neither improvement nor concern); "
            + "a shift below the mean from Jan 2018 to Oct 2018 (10 months, neither improvement nor concern); "
            + "a shift above the mean from Nov 2018 to Aug 2019 (10 months, neither improvement nor concern).",
            before, StringComparison.Ordinal);

        _site.Write("""
            -- data/rebase.csv --
            org,metric,period,reason
            RA1,attend,2018-11,Minor injuries unit counted from November 2018
            """);
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", _site.Messages));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "IBP2250" && d.Message.Contains("(attend)", StringComparison.Ordinal));
        var after = Text(_site.Page("/organisations/RA1/"));
        // The new segment, 198/202 from Nov 2018: mean 200, limits 200 ± 10.64, every point swaps side.
        Assert.Contains(
            "Re-based in Nov 2018: Minor injuries unit counted from November 2018; the months before have their own mean and limits. "
            + "No significant change in the current segment (Nov 2018 to Aug 2019)",
            after, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_and_packs_name_the_trajectory_and_the_national_standard_and_when_the_trajectory_changed()
    {
        Assert.True(_site.Build(packs: ["RA1"]).Succeeded, string.Join("\n", _site.Messages));

        var page = _site.Page("/organisations/RA1/");
        var targetCell = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Four-hour performance", StringComparison.Ordinal) && r.QuerySelectorAll("td").Length > 4);
        Assert.Contains("trajectory 92.0% from May 2019, was 91.0% (national standard 95.0%)", Text(targetCell), StringComparison.Ordinal);
        // Aug 2019: 193 seen of 202 = 95.5%, 3.5 points above the trajectory of 92.0%.
        Assert.Contains("Against trajectory, Aug 2019", Text(page), StringComparison.Ordinal);
        Assert.Contains("95.5% against the trajectory of 92.0%: +3.5 pp", Text(page), StringComparison.Ordinal);
        var other = _site.Page("/organisations/RA2/").QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Four-hour performance", StringComparison.Ordinal) && r.QuerySelectorAll("td").Length > 4);
        Assert.Contains("national standard 95.0%", Text(other), StringComparison.Ordinal);
        Assert.DoesNotContain("trajectory", Text(other), StringComparison.Ordinal);

        var pack = PackText("board-packs/RA1/2019-08.pdf");
        using (var document = PdfDocument.Open(Path.Combine(_site.Output, "board-packs/RA1/2019-08.pdf")))
        {
            // The four-hour tile's note, read tile by tile.
            InPack("95.5% Trajectory 92.0% from May 2019, was 91.0% (national standard 95.0%) · Hit and miss", BoardPacks.PdfColumns.Text(document));
            // The domain section sets its charts two to a row, so its words are read column by column too.
            InPack("the target is the trajectory 92.0% from May 2019, was 91.0% (national standard 95.0%)", BoardPacks.PdfColumns.Text(document));
        }

        // The scorecard cell "92.0% / 95.0%" wraps after the slash, so other cells' words may come between its two lines.
        Assert.Matches(@"92\.0% / (\S+ ){0,12}?95\.0%", pack);
        Assert.DoesNotContain("Target 92.0%", pack, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_keep_one_money_scale_per_table_their_units_and_no_negative_zero()
    {
        Assert.True(_site.Build(packs: ["RA1"]).Succeeded, string.Join("\n", _site.Messages));
        var page = _site.Page("/organisations/RA1/");

        // The spend SPC table: £1.5m and £500k in one column are both in millions.
        var spend = Rows(page, "spc-spend-RA1");
        Assert.Equal(["£1.5m", "£0.50m"], spend.Take(2).Select(r => r[1]));
        Assert.DoesNotContain(spend, r => r[1].EndsWith('k'));
        // Staff: 6,115.0 is a whole number of WTE; 6,117.5 keeps its decimal.
        Assert.Equal(["6,115 WTE", "6,117.5 WTE"], Rows(page, "spc-staff-RA1").Take(2).Select(r => r[1]));
        // Finance scorecard: latest £500k against a plan of £1.4m, variance -£900k, all in millions.
        var finance = Text(page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Agency spend", StringComparison.Ordinal) && r.QuerySelectorAll("td").Length > 4));
        Assert.Contains("£0.50m £1.4m -£0.90m", finance, StringComparison.Ordinal);

        // RA2 ends 12 under a plan of 51,624: -0.023%, shown as 0.0%, never -0.0%.
        var bravo = Text(_site.Page("/organisations/RA2/"));
        Assert.Contains("51,612 against a plan of 51,624: -12 (0.0%)", bravo, StringComparison.Ordinal);
        Assert.DoesNotContain("-0.0%", bravo, StringComparison.Ordinal);

        // The sources page gives the national standard with its unit.
        Assert.Contains("The national standard for Four-hour performance (95.0%)", Text(_site.Page("/organisations/RA2/sources/")), StringComparison.Ordinal);
        // Organisation types and sectors properly cased.
        Assert.Contains("Case study: ICB", Text(_site.Page("/case-studies/system-flow/")), StringComparison.Ordinal);
        Assert.Contains("ICB", Text(_site.Page("/case-studies/")), StringComparison.Ordinal);
        Assert.DoesNotMatch(IcbLowerCase(), Text(_site.Page("/case-studies/")));

        // The pack's scorecard uses the same scale.
        InPack("£0.50m £1.4m -£0.90m", PackText("board-packs/RA1/2019-08.pdf"));
    }

    [Fact]
    public void The_pack_lists_each_file_once_dates_agree_and_each_measure_has_its_own_source()
    {
        Assert.True(_site.Build(packs: ["RA1"]).Succeeded, string.Join("\n", _site.Messages));
        var pack = PackText("board-packs/RA1/2019-08.pdf");

        Assert.Equal(1, Regex.Count(pack, @"(?<![/\w])data/actuals\.csv"));
        Assert.DoesNotContain("data/data/", pack, StringComparison.Ordinal);
        // The data were extracted on 20 Sep 2019, after the month that follows August 2019: the pack is issued then, not before.
        InPack("Date of issue: 20 September 2019", pack);
        InPack("Data as at 20 Sep 2019, the pack's date of issue.", pack);

        var sources = _site.Page("/organisations/RA1/sources/");
        var referrals = Text(sources.QuerySelector("#referrals-actual")!);
        Assert.Contains("Illustrative (synthetic) figures, made for the sample portal", referrals, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS England", referrals, StringComparison.Ordinal);
        var attendances = Text(sources.QuerySelector("#attend-actual")!);
        Assert.Contains("NHS England A&E attendances and emergency admissions, as at 20 September 2019", attendances, StringComparison.Ordinal);
        Assert.DoesNotContain("illustrative", attendances, StringComparison.Ordinal);
    }

    private string PackText(string relative)
    {
        using var document = PdfDocument.Open(Path.Combine(_site.Output, relative));
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static List<string[]> Rows(AngleSharp.Dom.IDocument page, string chartId) =>
        [.. page.QuerySelectorAll($"#{chartId} tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())
            .DistinctBy(r => string.Join('|', r))];

    private static string Text(AngleSharp.Dom.IElement element) => Regex.Replace(element.TextContent, @"\s+", " ");

    private static string Text(AngleSharp.Dom.IDocument page) => Text(page.Body!);

    /// <summary>Asserts the pack's words hold <paramref name="expected"/> whatever the line breaks and word spacing; shows the nearest text when not.</summary>
    private static void InPack(string expected, string pack)
    {
        var squashed = Regex.Replace(pack, @"\s+", string.Empty);
        var wanted = Regex.Replace(expected, @"\s+", string.Empty);
        var near = squashed.IndexOf(wanted[..Math.Min(12, wanted.Length)], StringComparison.Ordinal);
        Assert.True(squashed.Contains(wanted, StringComparison.Ordinal),
            $"Not in the pack: {expected}\nNearest: {(near < 0 ? "none" : squashed.Substring(Math.Max(0, near - 40), Math.Min(200, squashed.Length - Math.Max(0, near - 40))))}");
    }

    [GeneratedRegex(@"\bicb\b")]
    private static partial Regex IcbLowerCase();
}
