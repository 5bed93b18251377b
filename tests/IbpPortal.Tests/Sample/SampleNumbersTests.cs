using System.Globalization;
using System.Text.Json;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sample;

/// <summary>Issue #18 "Numbers a board can trust": each misleading figure the reviews found in the sample, pinned so it cannot come back.</summary>
[Collection(SamplePortalGroup.Name)]
public sealed partial class SampleNumbersTests(SampleBuild sample)
{
    private JsonElement Organisation(string code) => JsonDocument.Parse(sample.Public.Text($"data/organisations/{code}.json")).RootElement;

    private Dictionary<string, JsonElement> Projections(string code, string metric) =>
        Organisation(code).GetProperty("projections").GetProperty(metric).GetProperty("series").EnumerateArray()
            .ToDictionary(s => s.GetProperty("scenario").GetString()!, s => s);

    private static double AtHorizon(JsonElement series) => series.GetProperty("points").EnumerateArray().Last().GetProperty("value").GetDouble();

    // Expected figures are from NHS England's raw June 2025 A&E file (ae_monthly_2024_25/2025-06.csv), worked out with
    // python3: RR8's attendances of every type (booked included) 30,450, over four hours 7,066, so 23,384 within four
    // hours = 76.79%; emergency admissions via A&E 3,616. RTF: 23,496 attendances, 91.49% within four hours.

    [Fact]
    public void Every_projection_of_RR8_four_hour_performance_starts_at_the_June_2025_actual()
    {
        // Before: the line started at 82.5% in April 2019, fitted, when March was 89.4% (1,000 of 1,119 would be 89.4%).
        foreach (var (_, series) in Projections("RR8", "ae_4hr"))
        {
            var first = series.GetProperty("points")[0];
            Assert.Equal("2025-06", first.GetProperty("period").GetString());
            Assert.True(first.GetProperty("actual").GetBoolean());
            Assert.Equal(76.8, Math.Round(first.GetProperty("value").GetDouble(), 1));
        }
    }

    [Fact]
    public void Scenarios_that_move_four_hour_performance_through_its_counts_give_different_lines()
    {
        // Before: all four scenarios gave "78.9% by Mar 2020". System flow adds 5% a year to those seen within four hours
        // and 1% to attendances, so it must end above the baseline; do nothing adds 3% to attendances only, so below.
        var p = Projections("RR8", "ae_4hr");
        Assert.True(AtHorizon(p["system-flow"]) > AtHorizon(p["baseline"]) + 1);
        Assert.True(AtHorizon(p["do-nothing"]) < AtHorizon(p["baseline"]) - 1);
        Assert.Equal(5.0, p["system-flow"].GetProperty("numerator_change_percent").GetDouble());
    }

    [Fact]
    public void Do_nothing_grows_emergency_admissions_instead_of_cutting_them()
    {
        // Before: RR8 fell from 4,752 to 3,878 and Bradford (RAE) by 44% under "demand keeps growing".
        // Do nothing is the baseline with +3% a year compounded monthly: 1.03 times the baseline after 12 months, and above
        // June 2025's 3,616.
        var rr8 = Projections("RR8", "emergency_admissions");
        Assert.Equal(1.03 * AtHorizon(rr8["baseline"]), AtHorizon(rr8["do-nothing"]), 1);
        Assert.True(AtHorizon(rr8["do-nothing"]) > 3616);
        foreach (var code in new[] { "RAE", "QWO" })
        {
            var p = Projections(code, "emergency_admissions");
            Assert.True(AtHorizon(p["do-nothing"]) > AtHorizon(p["baseline"]), code);
        }
    }

    [Fact]
    public void A_percentage_near_the_top_is_not_projected_past_one_hundred_percent()
    {
        // Before: RR8's bed occupancy (then synthetic) reached 100.0% by March 2020 on its current trend. RTF is at 91.5%;
        // system flow lifts those seen within four hours by 5% a year, which must still stay under 100%.
        Assert.All(Projections("RTF", "ae_4hr").Values, s => Assert.True(AtHorizon(s) < 100, s.GetProperty("scenario").GetString()));
    }

    [Fact]
    public void Organisation_page_compares_each_projection_with_plan_and_target_and_names_its_start()
    {
        var page = sample.Public.Page("/organisations/RR8/");
        var table = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Four-hour A&E performance: projected", StringComparison.Ordinal));
        var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Gap to plan", headers);
        Assert.Contains("Gap to target", headers);
        var intro = table.ParentElement!.PreviousElementSibling!.TextContent;
        Assert.Contains("76.8% in Jun 2025", intro, StringComparison.Ordinal);
        Assert.Contains("worked out from the projected numerator and denominator", intro, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_page_ranks_the_sample_trusts_among_every_acute_trust_in_england()
    {
        // Issue #19. python3 over the raw files: the acute trusts are the portal's 11 and every open English trust in
        // ods_etr_trusts.csv whose ORG_TYPE in the 2024 sickness-absence CSVs is 'Acute' (134 in all); 124 of them have
        // June 2025 A&E figures. Four-hour performance (attendances less those over four hours, all types) ranks RTF
        // 91.49% 5th, RAE 82.76% 13th, RR8 76.79% 40th; the median of the 124 is 73.62%.
        var page = sample.Public.Page("/benchmarking/ae_4hr/");
        var england = page.QuerySelector("#table-england")!;
        string Place(string code) => england.QuerySelector($"tr[data-org='{code}'] td:last-child")!.TextContent.Trim();
        Assert.Equal("rank 5 of 124 acute trusts in England", Place("RTF"));
        Assert.Equal("rank 13 of 124 acute trusts in England", Place("RAE"));
        Assert.Equal("rank 40 of 124 acute trusts in England", Place("RR8"));
        Assert.Contains("National median 73.6%", england.ParentElement!.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
    }

    internal static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
