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

    [Fact]
    public void Every_projection_of_RR8_four_hour_performance_starts_at_the_March_2019_actual()
    {
        // Before: the line started at 82.5% in April 2019, fitted, when March was 89.4% (1,000 of 1,119 would be 89.4%).
        foreach (var (_, series) in Projections("RR8", "ae_4hr"))
        {
            var first = series.GetProperty("points")[0];
            Assert.Equal("2019-03", first.GetProperty("period").GetString());
            Assert.True(first.GetProperty("actual").GetBoolean());
            Assert.Equal(89.4, Math.Round(first.GetProperty("value").GetDouble(), 1));
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
        // The baseline repeats March (same month last year, level unchanged); +3% a year gives 4,752 × 1.03 = 4,894.6.
        Assert.Equal(4894.6, Math.Round(AtHorizon(Projections("RR8", "emergency_admissions")["do-nothing"]), 1));
        foreach (var code in new[] { "RAE", "QWO" })
        {
            var p = Projections(code, "emergency_admissions");
            Assert.True(AtHorizon(p["do-nothing"]) > AtHorizon(p["baseline"]), code);
        }
    }

    [Fact]
    public void Bed_occupancy_is_not_projected_to_one_hundred_percent()
    {
        // Before: RR8's current trend reached 100.0% by March 2020.
        Assert.All(Projections("RR8", "bed_occupancy").Values, s => Assert.True(AtHorizon(s) < 99, s.GetProperty("scenario").GetString()));
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
        Assert.Contains("89.4% in Mar 2019", intro, StringComparison.Ordinal);
        Assert.Contains("worked out from the projected numerator and denominator", intro, StringComparison.Ordinal);
    }

    internal static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
