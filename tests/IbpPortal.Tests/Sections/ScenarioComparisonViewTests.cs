using IbpPortal.Model;
using IbpPortal.Sections;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Sections;

/// <summary>The scenarios page's comparison chart names each row it draws, so it draws only as many as can be read.</summary>
public class ScenarioComparisonViewTests
{
    private static readonly Metric Measure = Metric("m", name: "Measure");

    [Fact]
    public void A_few_organisations_are_all_charted()
    {
        var orgs = new List<Organisation> { Icb("QAA", "System Alpha") };
        orgs.AddRange(Enumerable.Range(1, 5).Select(i => Trust($"R{i:00}", "QAA", name: $"Hospital {i:00}")));

        var chart = Chart(orgs);

        Assert.Equal(6, chart.Rows.Count);
        Assert.Contains("System Alpha", chart.Svg);
        Assert.Contains("Hospital 05", chart.Svg);
        Assert.DoesNotContain("integrated care boards", chart.Title);
        Assert.StartsWith("Measure: where each of 6 organisations", chart.Description);
    }

    [Fact]
    public void Too_many_organisations_to_name_chart_the_integrated_care_boards_and_table_them_all()
    {
        // 3 ICBs and 45 trusts: 48 rows is more than the 40 whose names stay legible, the 3 ICBs are not.
        var orgs = new List<Organisation> { Icb("QAA", "System Alpha"), Icb("QBB", "System Beta"), Icb("QCC", "System Gamma") };
        orgs.AddRange(Enumerable.Range(1, 45).Select(i => Trust($"R{i:00}", "QAA", name: $"Hospital {i:00}")));

        var chart = Chart(orgs);

        Assert.Equal(48, chart.Rows.Count);
        Assert.Contains("Hospital 45", chart.Rows.Select(r => r[0]));
        Assert.Contains("integrated care boards", chart.Title);
        Assert.StartsWith("The chart shows the 3 integrated care boards; the table lists all 48 organisations.", chart.Description);
        Assert.Contains("System Gamma", chart.Svg);
        Assert.DoesNotContain("Hospital", chart.Svg);
        Assert.DoesNotContain("Hospital", chart.NarrowSvg);
    }

    private static IbpPortal.Sections.Views.ChartView Chart(IReadOnlyList<Organisation> orgs)
    {
        var rows = string.Join('\n', orgs.SelectMany(o => Enumerable.Range(0, 36).Select(i =>
            FormattableString.Invariant($"{o.Code},m,{P("2022-01").AddMonths(i)},{100 + (i % 5)}"))));
        var analysis = Run(PlanOf(orgs, [Measure], rows, scenarios: [Scenario("growth", 12, ("m", 3.0))]), "2024-12");
        var chart = ScenarioComparisonView.Build(analysis, Measure, [0]);
        Assert.NotNull(chart);
        return chart;
    }
}
