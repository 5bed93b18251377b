using IbpPortal.Analyse;
using IbpPortal.BoardPacks;
using IbpPortal.Build;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>Every pack of the repository's sample portal, written once through the build's own stages, with the layout engine's measurements.</summary>
public sealed class SamplePackSet
{
    public SamplePackSet()
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions { Root = RepoPaths.Root, Output = Path.Combine(Path.GetTempPath(), "ibp-packset-unused"), Search = false };
        var input = PortalLoader.Load(options, SiteComposition.LoadData, diagnostics);
        var analysis = SiteComposition.Analyse(input, internalBuild: false);
        var context = new RenderContext(input.Settings, new SitePlan(diagnostics), input.References, diagnostics, internalBuild: false);
        var data = analysis.Data ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.ToString())));
        Analysis = data.Model;
        var writer = new PdfBoardPackWriter();
        var period = Analysis.ReportingPeriod.ToString();
        Packs = [.. Analysis.Organisations.Select(org => new Pack(org, writer.Write(org, data,
            [.. input.Commentary.Where(c => c.OrgCode == org.Code && c.Period == period)], context)))];
    }

    /// <summary>The sample's analysis.</summary>
    public AnalysisModel Analysis { get; }

    /// <summary>One pack per organisation.</summary>
    internal IReadOnlyList<Pack> Packs { get; }

    /// <summary>An organisation's written pack.</summary>
    internal sealed record Pack(Organisation Org, BoardPackOutput Output)
    {
        public override string ToString() => Org.Code;
    }
}
