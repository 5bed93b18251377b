using System.Text.RegularExpressions;
using IbpPortal.Tests.Harness;
using UglyToad.PdfPig;

namespace IbpPortal.Tests.Sample;

/// <summary>Issue #18 items 7–10 in the sample (real NHS England data, June 2025), for RR8 and QWO (and RXF, which holds the one re-base): each defect the reviews quoted, pinned so it cannot come back.</summary>
[Collection(SamplePortalGroup.Name)]
public sealed partial class SampleVerdictTests(SampleBuild sample)
{
    private string Page(string route) => Spaces().Replace(sample.Public.Page(route).Body!.TextContent, " ");

    private string Pack(string code)
    {
        using var document = PdfDocument.Open(PackPath(code));
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    // The sample reports June 2025 (portal.yml reporting_period: 2025-06; real NHS England data, see data/README.md).
    private string PackPath(string code) => Path.Combine(sample.Public.Output, $"board-packs/{code}/2025-06.pdf");

    [Fact]
    public void RR8_emergency_admissions_text_tells_its_runs_instead_of_no_significant_change()
    {
        // Before (old sample): "Common cause variation: no significant change" beside long orange and blue runs, because the
        // text described only the latest point. RR8's general and acute beds are now quarterly KH03 figures (two points, no
        // runs), so the series with runs is RR8's emergency admissions, whose latest point (3,616 in Jun 2025) is common cause.
        // Worked out independently with a short python script over data/actuals.csv (RR8, emergency_admissions, 2021-04 to
        // 2025-06, 51 months): mean 3,730.5, mean moving range × 2.66 gives limits 3,256 to 4,205; Jul 2021 (4,268) is above the
        // upper limit; the runs of 7 or more on one side of the mean are Apr 2021 to Jan 2022 (10 above) and Apr 2022 to Nov 2022 (8 below).
        var page = Page("/organisations/RR8/");
        var admissions = Regex.Match(page, @"Emergency admissions via A&E, Leeds Teaching Hospitals NHS Trust \(RR8\), June 2025: [^.]*\.[^.]*\.").Value;
        Assert.Contains("3,616; latest point: common cause variation; limits 3,256 to 4,205.", admissions, StringComparison.Ordinal);
        Assert.Contains("In the current segment (Apr 2021 to Jun 2025): 1 point above the upper limit (Jul 2021", admissions, StringComparison.Ordinal);
        Assert.Contains("a shift above the mean from Apr 2021 to Jan 2022 (10 months", admissions, StringComparison.Ordinal);
        Assert.Contains("a shift below the mean from Apr 2022 to Nov 2022 (8 months", admissions, StringComparison.Ordinal);
        Assert.DoesNotContain("no significant change", admissions, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Common cause variation: no significant change", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RXF_vacancy_rate_is_rebased_at_the_October_2024_change_with_its_reason()
    {
        // Before (old sample): a counting change sat under one set of limits. The sample's one re-base is now data/rebase.csv's
        // "RXF,vacancy_rate,2024-10,New recruitment model introduced" (an illustrative measure): the chart's text gives the
        // reason and describes only the segment from Oct 2024; data/actuals.csv has 9 RXF vacancy_rate months from 2024-10 to
        // 2025-06 (counted by hand), so the segment is Oct 2024 to Jun 2025 and its limits are provisional (fewer than 13 points).
        var page = Page("/organisations/RXF/");
        Assert.Contains("Re-based in Oct 2024: New recruitment model introduced; the months before have their own mean and limits.", page, StringComparison.Ordinal);
        Assert.Contains("in the current segment (Oct 2024 to Jun 2025)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.Public.Result.Diagnostics, d => d.Code == "IBP2250" && d.Message.StartsWith("RXF Vacancy rate", StringComparison.Ordinal));
        var pack = Pack("RXF");
        InPack("Re-based in Oct 2024: New recruitment model introduced", pack);
        InPack("in the current segment (Oct 2024 to Jun 2025)", pack);
    }

    [Fact]
    public void RR8_commentary_and_tiles_name_the_same_trajectory_and_standard()
    {
        // Before: the commentary said "remains below the 95% standard" beside a tile "Target 92.0%".
        // Now (worked out from data/*.csv by hand): RR8's June 2025 four-hour performance is 23,384 / 30,450 = 76.8%; its plan is
        // 23,366 / 30,705 = 76.1% (plans.csv); its trajectory in targets.csv is 76.0 from 2025-04 (rising to 78.0 in 2026-01) and
        // the national standard in metrics.csv is 78. The commentary (input/board-packs/RR8/2025-06.md) says June was "just ahead
        // of both the month's plan and the trust's trajectory of 76%" and that the trajectory rises "to the 78% standard":
        // the tile, the text and the page must name the same trajectory 76.0% and standard 78.0%.
        var pack = Pack("RR8");
        using (var document = PdfDocument.Open(PackPath("RR8")))
        {
            // Four-hour performance is one of RR8's exceptions (hit and miss): its report and the summary name the trajectory
            // and the standard together (the summary's tiles are chosen by exception, so it has no fixed four-hour tile).
            var text = BoardPacks.PdfColumns.Text(document);
            InPack("trajectory 76.0% (national standard 78.0%)", text);
            InPack("76.8% in June 2025, better than the plan of 76.1%", text);
        }

        InPack("just ahead of both the month's plan and the trust's trajectory of 76%", pack);
        InPack("to the 78% standard in March 2026", pack);
        Assert.DoesNotContain("Target 76.0%", pack, StringComparison.Ordinal);
        Assert.Contains("76.8%, above the trajectory 76.0% (national standard 78.0%)", Page("/organisations/RR8/"), StringComparison.Ordinal);
        // QWO has no trajectory of its own: the national standard is its target, named as such in page and pack.
        // QWO's figure is the ratio of its five trusts' sums (RAE, RCF, RR8, RWY, RXF): 77.3% in June 2025, below 78%.
        // Its domain section sets charts two to a row: read column by column.
        using (var qwo = PdfDocument.Open(PackPath("QWO")))
        {
            InPack("77.3% in June 2025, better than the plan of 74.2% (+3.1 pp); the target is the national standard 78.0%.", BoardPacks.PdfColumns.Text(qwo));
        }
        Assert.Contains("(QWO), June 2025: 77.3%, below the national standard 78.0%", Page("/organisations/QWO/"), StringComparison.Ordinal);
    }

    [Fact]
    public void RR8_and_QWO_formatting_keeps_units_and_one_scale()
    {
        // Before: "(92)" and "(4.5)" on the sources page, "6,115.0 WTE" medians, "-0.0%" on QWO's page, "icb" as a sector,
        // "£1.5m" beside "£500,000".
        var sources = Page("/organisations/RR8/sources/");
        Assert.Contains("The national standard for Cancer 28-day Faster Diagnosis Standard (80.0%)", sources, StringComparison.Ordinal);
        Assert.Contains("The national standard for Vacancy rate (8.0%)", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("(80)", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("(8)", sources, StringComparison.Ordinal);
        var qwo = Page("/organisations/QWO/");
        Assert.DoesNotContain("-0.0%", qwo, StringComparison.Ordinal);
        // One money scale in a row: QWO's June 2025 surplus is the sum of its trusts' (python over data/actuals.csv and
        // data/plans.csv): actual £394,000, plan £836,000, variance -£442,000, all shown in millions, none in thousands.
        Assert.Contains("£0.39m £0.84m -£0.44m", qwo, StringComparison.Ordinal);
        // Agency spend: actual £3,291,800, plan £2,745,000, variance +£546,800.
        Assert.Contains("£3.3m £2.7m +£0.55m", qwo, StringComparison.Ordinal);
        // The gap sentence keeps one scale of its own (-442,000 / 836,000 = -52.9%).
        Assert.Contains("£394k against a plan of £836k: -£442k (-52.9%)", qwo, StringComparison.Ordinal);
        Assert.DoesNotContain("£0.44m (-52.9%)", qwo, StringComparison.Ordinal);
        // Staff in post keeps its unit and its one decimal (real FTE are fractional). Python over data/actuals.csv and
        // data/context-actuals.csv: the 135 acute trusts' (sector acute, plus the 11 sample trusts) staff_fte in 2024-09 have
        // the median 6,329.74481, which is RAE's own figure.
        var staff = Page("/benchmarking/staff_fte/");
        Assert.Contains("National median 6,329.7 WTE", staff, StringComparison.Ordinal);
        Assert.Contains("RAE 6,329.7 WTE", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("6,329.70", staff, StringComparison.Ordinal);
        Assert.Contains("Case study: ICB", Page("/case-studies/nhs-urgent-care-system-planning/"), StringComparison.Ordinal);
    }

    [Fact]
    public void RR8_pack_lists_each_data_file_once_with_an_as_at_date_that_agrees_with_its_issue()
    {
        // Before: data/actuals.csv and data/data/actuals.csv; "as at 21 Apr 2020" in a pack issued 1 Apr 2019.
        // Now: the reporting period is 2025-06 and data/sources.yml declares no extract date, so the pack is issued on the
        // first day of the month after (1 July 2025) and no "as at" date may fall after it.
        foreach (var code in new[] { "RR8", "QWO" })
        {
            var pack = Pack(code);
            Assert.DoesNotContain("data/data/", pack, StringComparison.Ordinal);
            // Listed once as a file; a coherence finding may also cite its lines ("data/actuals.csv:2771, 2782"), as the
            // guidance rules' agency check does since issue #22.
            Assert.Equal(1, Regex.Count(pack, @"(?<![/\w])data/actuals\.csv(?!:\d)"));
            Assert.Equal(1, Regex.Count(pack, @"(?<![/\w])data/context-actuals\.csv"));
            InPack("Date of issue: 1 July 2025", pack);
            foreach (Match asAt in Regex.Matches(pack, @"as at (\d{1,2} \w{3} \d{4})", RegexOptions.IgnoreCase))
            {
                Assert.True(DateTime.ParseExact(asAt.Groups[1].Value, "d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) <= new DateTime(2025, 7, 1), asAt.Value);
            }

            // Each published measure under its own publication: the real data add RTT, cancer, DM01, KH03, workforce and
            // sickness figures, which were all captioned "from NHS England's A&E attendances and emergency admissions statistics".
            InPack("Four-hour A&E performance: from NHS England's A&E attendances and emergency admissions statistics.", pack);
            InPack("Diagnostic waiting list; Diagnostic waits over 6 weeks; Diagnostic waits over 6 weeks (%): from NHS England", pack);
            InPack("from NHS England RTT waiting times.", pack);
            InPack("from NHS Workforce Statistics", pack);
            var ae = Spaces().Replace(pack, " ");
            var published = ae[ae.IndexOf("Published NHS statistics", StringComparison.Ordinal)..ae.IndexOf("emergency admissions statistics.", StringComparison.Ordinal)];
            Assert.DoesNotContain("Cancer", published, StringComparison.Ordinal);
            Assert.DoesNotContain("RTT", published, StringComparison.Ordinal);
            Assert.DoesNotContain("Staff in post", published, StringComparison.Ordinal);
        }

        // Before: GP referrals (synthetic) captioned "NHS England A&E attendances … (via NHSRdatasets …)".
        var referrals = Spaces().Replace(sample.Public.Page("/organisations/RR8/sources/").QuerySelector("#referrals-actual")!.TextContent, " ");
        Assert.DoesNotContain("NHS England", referrals, StringComparison.Ordinal);
        Assert.Contains("Illustrative (synthetic) figures", referrals, StringComparison.Ordinal);
    }

    /// <summary>Asserts the pack's words hold <paramref name="expected"/> whatever the line breaks and word spacing; shows the nearest text when not.</summary>
    private static void InPack(string expected, string pack)
    {
        var squashed = Spaces().Replace(pack, string.Empty);
        var wanted = Spaces().Replace(expected, string.Empty);
        var near = squashed.IndexOf(wanted[..Math.Min(12, wanted.Length)], StringComparison.Ordinal);
        Assert.True(squashed.Contains(wanted, StringComparison.Ordinal),
            $"Not in the pack: {expected}\nNearest: {(near < 0 ? "none" : squashed.Substring(Math.Max(0, near - 40), Math.Min(200, squashed.Length - Math.Max(0, near - 40))))}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
