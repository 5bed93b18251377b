using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Tests.Import;

/// <summary>The default measure catalogue written by <c>ibp init</c>: the contract ids, valid metrics.csv rows, cited standards.</summary>
public sealed class MeasureCatalogueTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ibp-catalogue-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Init_writes_a_catalogue_that_reads_as_metrics_with_the_planning_guidance_standards()
    {
        var template = Path.Combine(_folder, "template");
        Directory.CreateDirectory(Path.Combine(template, "data"));
        File.WriteAllText(Path.Combine(template, "portal.yml"), "title: x\n");
        var written = PortalTemplate.Create(template, Path.Combine(_folder, "portal"));
        Assert.Contains("data/measure-catalogue.csv", written);

        var path = Path.Combine(_folder, "portal", "data", "measure-catalogue.csv");
        var diagnostics = new DiagnosticBag();
        var metrics = MetricsFile.Read(path, "data/measure-catalogue.csv", diagnostics).ToDictionary(m => m.Id);
        Assert.Empty(diagnostics.Sorted());

        // The ids of issue #19's table, each present.
        string[] contract =
        [
            "ae_12hr_dta", "rtt_waiting_list", "rtt_within_18wk", "rtt_18wk", "rtt_over_52wk", "rtt_52wk_pct", "cancer_fds", "cancer_31d",
            "cancer_62d", "dm01_waiting_list", "dm01_6wk", "staff_fte", "nurses_fte", "doctors_fte", "sickness_absence",
            "ga_beds_available", "ga_beds_occupied", "ga_occupancy",
        ];
        Assert.All(contract, id => Assert.True(metrics.ContainsKey(id), id));

        // The 2025/26 standards: 65% within 18 weeks, under 1% over 52 weeks, FDS 80%, 62-day 75%, 4-hour 78%.
        Assert.Equal((65.0, Improvement.Increase), (metrics["rtt_18wk"].Target, metrics["rtt_18wk"].Improvement));
        Assert.Equal((1.0, Improvement.Decrease), (metrics["rtt_52wk_pct"].Target, metrics["rtt_52wk_pct"].Improvement));
        Assert.Equal(80.0, metrics["cancer_fds"].Target);
        Assert.Equal(75.0, metrics["cancer_62d"].Target);
        Assert.Equal(78.0, metrics["ae_4hr"].Target);
        foreach (var id in new[] { "rtt_18wk", "rtt_52wk_pct", "cancer_fds", "cancer_62d", "ae_4hr" })
        {
            Assert.Contains("2025/26 priorities and operational planning guidance", metrics[id].Description, StringComparison.Ordinal);
        }

        // Every ratio's parts are count measures of the catalogue; KH03 is quarterly, the rest monthly.
        Assert.All(metrics.Values.Where(m => m.IsRatio), m =>
        {
            Assert.Equal(Unit.Count, metrics[m.Numerator!].Unit);
            Assert.Equal(Unit.Count, metrics[m.Denominator!].Unit);
        });
        Assert.Equal(MetricFrequency.Quarterly, metrics["ga_occupancy"].Frequency);
        Assert.Equal(MetricFrequency.Monthly, metrics["rtt_18wk"].Frequency);
        Assert.Equal(Domain.Workforce, metrics["sickness_absence"].Domain);
    }
}
