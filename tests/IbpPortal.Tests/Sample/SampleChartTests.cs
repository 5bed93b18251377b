using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sample;

/// <summary>Issue #20: the web's SPC charts carry the same key, axis title and re-base markers as the packs' (one drawing for both).</summary>
[Collection(SamplePortalGroup.Name)]
public sealed class SampleChartTests(SampleBuild sample)
{
    [Fact]
    public void RXF_vacancy_rate_chart_marks_its_rebase_with_the_reason_from_rebase_csv()
    {
        // data/rebase.csv: RXF, vacancy_rate, 2024-10, "New recruitment model introduced".
        var page = sample.Public.Page("/organisations/RXF/");
        var figure = page.QuerySelector("#spc-vacancy_rate-RXF")!;
        var svg = sample.Public.Chart(figure);
        var texts = svg.Descendants(ChartImages.Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Re-based: New recruitment model introduced", texts);
        Assert.Contains("Re-base", texts);
        Assert.Contains("Re-based in Oct 2024: New recruitment model introduced;", svg.Root!.Element(ChartImages.Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void RR8_four_hour_chart_has_a_key_and_a_titled_value_axis()
    {
        var page = sample.Public.Page("/organisations/RR8/");
        var texts = sample.Public.Chart(page.QuerySelector("#spc-ae_4hr-RR8")!).Descendants(ChartImages.Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Mean", texts);
        Assert.Contains("Process limits", texts);
        Assert.Contains("Target", texts);
        Assert.Contains("Plan", texts);
        Assert.Contains("Percentage (%)", texts);
    }
}
