using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using IbpPortal.Tests.Harness;
using IbpPortal.Tests.Provenance;

namespace IbpPortal.Tests.Analyse.Planning;

public sealed class SamplePlanningTests
{
    [Fact]
    public void Dump()
    {
        var fixture = PlanDataFixture.Load(RepoPaths.Root, new Period(2025, 6));
        var results = PlanningAnalyser.Analyse(fixture.Data, fixture.Analysis);
        var lines = new List<string>();
        foreach (var org in fixture.Analysis.Organisations)
        {
            foreach (var c in results.CredibilityOf(org.Code, fixture.Analysis.Metrics.Select(m => m.Id)))
            {
                lines.Add($"{org.Code} {c.Metric.Id} worst={c.Worst} mean={c.Process.Mean:0.##} upl={c.Process.Upl:0.##} lpl={c.Process.Lpl:0.##} eng={c.Process.EnglandBest} {c.Process.EnglandBestLabel} | {c.Headline?.Sentence} | {c.Pace?.Sentence}");
            }
        }
        foreach (var icb in fixture.Analysis.Icbs)
        {
            foreach (var g in results.Contributions(icb.Code))
            {
                lines.Add($"{icb.Code} {g.Metric}: {g.Headline} [{string.Join("; ", g.Trusts.Select(t => $"{t.Code} {t.Contribution:0}"))}]");
            }
        }
        Assert.Fail(string.Join("\n", lines));
    }
}
