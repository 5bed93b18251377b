using IbpPortal.Analyse.Planning;
using IbpPortal.Editions;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sample;

/// <summary>Issue #22 on the built sample: credibility, promises kept and who drives the gap, read back from the pages, downloads and packs.</summary>
/// <remarks>
/// The sample keeps earlier narratives: RR8's four-hour performance promised recovery by March 2025 (December 2024 edition) and by
/// June 2025 (March 2025 edition); it is still an exception in June 2025, so both are overdue and it is a repeated exception. RR8's
/// 12-hour waits (promised June 2025) and four-hour breaches (promised May 2025) are no longer exceptions in June 2025: kept, and
/// recovered late. RXF's four-hour performance (promised September 2025) is still an exception and June has no narrative: dropped.
/// </remarks>
[Collection(SamplePortalGroup.Name)]
public sealed class SamplePlanningTests(SampleBuild sample)
{
    [Fact]
    public void An_ICB_page_judges_its_plans_and_draws_who_drives_its_gap()
    {
        var page = sample.Public.Page("/organisations/QWO/planning/");
        Assert.Equal("Is the plan credible?", page.QuerySelector("h2#credibility")!.TextContent.Trim());
        var fourHour = page.QuerySelectorAll("h2#credibility + div.ibp-table-scroll tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Four-hour A&E performance", StringComparison.Ordinal));
        Assert.Contains(fourHour.GetAttribute("data-verdict"), new[] { "WithinProcess", "NeedsBetterProcess", "BeyondAnythingSeen" });
        var gap = page.QuerySelector("h2#gap");
        Assert.NotNull(gap);
        var figure = page.QuerySelectorAll("figure.ibp-chart").FirstOrDefault(f => f.QuerySelector(".ibp-chart__image img") is not null);
        Assert.NotNull(figure);
        var title = sample.Public.Chart(figure).Root!.Element(ChartImages.Svg + "title")!.Value;
        Assert.Contains("each trust's part in the gap", title, StringComparison.Ordinal);
        Assert.Equal(title, figure.QuerySelector(".ibp-chart__image img")!.GetAttribute("alt"));
        Assert.Contains(page.QuerySelectorAll("figure.ibp-chart p"), p => p.TextContent.Contains("account for", StringComparison.Ordinal) || p.TextContent.Contains("accounts for", StringComparison.Ordinal));
    }

    [Fact]
    public void The_credibility_table_says_how_many_months_of_the_plan_and_of_the_trajectory_it_counts()
    {
        // RR8's four-hour performance: plans.csv plans its two counts for July 2025 to March 2026 (9 months after June's
        // actual), and targets.csv gives RR8 a four-hour trajectory to March 2026 (9 more). Each is judged apart, so the
        // verdicts add up to 18, which the table must not present as 18 planned months.
        var page = sample.Public.Page("/organisations/RR8/planning/");
        var rows = page.QuerySelectorAll("h2#credibility + div.ibp-table-scroll tbody tr").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            var judged = System.Text.RegularExpressions.Regex.Matches(cells[1], @"(\d+) of the").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(judged, int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture));
        }

        var fourHour = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Four-hour A&E performance", StringComparison.Ordinal));
        Assert.Equal("9 of the plan, 9 of the trajectory", fourHour.QuerySelectorAll("td")[1].TextContent.Trim());
        var elective = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Elective spells delivered", StringComparison.Ordinal));
        Assert.Equal("9 of the plan", elective.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public void A_trusts_page_lists_its_promises_and_flags_the_repeated_exception()
    {
        var page = sample.Public.Page("/organisations/RR8/planning/");
        var statuses = page.QuerySelectorAll("h2#promises ~ div.ibp-table-scroll tbody tr[data-status]")
            .Select(r => (Measure: r.QuerySelector("th")!.TextContent.Trim(), Status: r.GetAttribute("data-status")))
            .ToList();
        Assert.Equal(2, statuses.Count(s => s.Measure == "Four-hour A&E performance" && s.Status == "Overdue"));
        Assert.Contains(("12-hour waits from decision to admit", "Kept"), statuses);
        Assert.Contains(("A&E attendances over 4 hours", "RecoveredLate"), statuses);
        Assert.Contains("Four-hour A&E performance", page.QuerySelector(".nhsuk-warning-callout")!.TextContent, StringComparison.Ordinal);

        var rxf = sample.Public.Page("/organisations/RXF/changes/");
        Assert.Contains(rxf.QuerySelectorAll("#promise-list li"), li => li.GetAttribute("data-status") == "Dropped" && li.TextContent.Contains("Dropped without a word", StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_page_says_whether_each_organisations_plan_is_credible()
    {
        var page = sample.Public.Page("/benchmarking/ae_4hr/");
        var rows = page.QuerySelectorAll("#table-credibility tbody tr").ToList();
        Assert.NotEmpty(rows);
        var rr8 = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Leeds Teaching Hospitals", StringComparison.Ordinal));
        Assert.Equal("/organisations/RR8/planning/", rr8.QuerySelector("th a")!.GetAttribute("href"));
        // The sentence names a month and a figure, as on the organisation's planning page.
        var sentence = rr8.QuerySelectorAll("td")[1].TextContent;
        Assert.Matches(@"\b20\d\d\b", sentence);
        Assert.Contains("%", sentence, StringComparison.Ordinal);
        var planning = sample.Public.Page("/organisations/RR8/planning/");
        Assert.Contains(sentence.Trim(), planning.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_edition_record_keeps_the_promises_so_the_next_edition_can_check_them()
    {
        var json = File.ReadAllBytes(Path.Combine(sample.Public.Output, "data/editions/2025-06.json"));
        var record = EditionJson.Read(json, out var problem);
        Assert.Null(problem);
        var rr8 = record!.Promises.Where(p => p.Org == "RR8" && p.Measure == "ae_4hr").ToList();
        Assert.Equal(["2025-03 Overdue", "2025-06 Overdue", "2026-03 Open"], rr8.Select(p => $"{p.Recovery} {p.Status}"));
        Assert.Equal(["ae_4hr"], PromiseLedger.RepeatedExceptions(record.Promises, "RR8"));
        Assert.Equal(json, EditionJson.Write(record));
    }

    [Fact]
    public void The_packs_ask_whether_the_plan_is_credible()
    {
        var icb = SamplePortalTests.PdfText(File.ReadAllBytes(Path.Combine(sample.Public.Output, "board-packs/QWO/2025-06.pdf")));
        Assert.Contains("Is the plan credible?", icb, StringComparison.Ordinal);
        Assert.Contains("Who drives the system's gap", icb, StringComparison.Ordinal);
        var trust = SamplePortalTests.PdfText(File.ReadAllBytes(Path.Combine(sample.Public.Output, "board-packs/RR8/2025-06.pdf")));
        Assert.Contains("Repeated exception", trust, StringComparison.Ordinal);
        Assert.Contains("(overdue)", trust, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_judged_month_is_downloadable()
    {
        var csv = sample.Public.Text("data/planning/RR8.csv").Split('\n');
        Assert.Equal("org,metric,period,source,value,verdict,mean,upl,lpl,sentence", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("RR8,ae_4hr,2026-03,plan,", StringComparison.Ordinal));
        Assert.Contains("\"gap_contributions\"", sample.Public.Text("data/planning/QWO.json"), StringComparison.Ordinal);
    }
}
