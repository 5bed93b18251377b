using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Tests.Provenance;

/// <summary>Loads and analyses a portal folder's plan data the way a build does, without planning or rendering a site.</summary>
internal sealed record PlanDataFixture(PlanData Data, AnalysisModel Analysis, ProvenanceIndex Provenance, DiagnosticBag Diagnostics)
{
    public static PlanDataFixture Load(string root, Period period)
    {
        var diagnostics = new DiagnosticBag();
        var data = PlanDataLoader.Load(root, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var analysis = Analyser.Analyse(data, period, new SpcOptions(true), SpcCalculator.Calculate);
        return new PlanDataFixture(data, analysis, new ProvenanceIndex(data, analysis, SourcesFile.Read(root, diagnostics)), diagnostics);
    }
}
