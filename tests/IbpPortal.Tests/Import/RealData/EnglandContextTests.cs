using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Diagnostics;
using IbpPortal.Import;
using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Import.RealData;

/// <summary>England-wide context from the real files: a portal trust ranked among all English acute trusts.</summary>
public sealed class EnglandContextTests : IDisposable
{
    private readonly ImportHarness _portal = new();

    public void Dispose() => _portal.Dispose();

    [RealDataFact]
    public void A_portal_trust_is_ranked_among_every_acute_trust_in_england()
    {
        // KH03 Q2 2024-25 gives the beds; the April 2024 sickness CSV's ORG_TYPE says which trusts are acute; ODS names them.
        _portal.Run("kh03", RealDataFolder.Files("beds_kh03", ".xlsx"));
        _portal.Run("sickness", Path.Combine(RealDataFolder.Nhse("workforce_sickness_absence"), "NHS Sickness Absence rates CSV, April 2024.csv"));
        Assert.NotNull(OdsImport.Run(Path.Combine(RealDataFolder.Root!, "ods_etr_trusts.csv"), _portal.DataFolder, new DiagnosticBag()));
        var data = PlanDataLoader.Load(_portal.Root, new DiagnosticBag());
        var occupancy = data.Metrics.Single(m => m.Id == "ga_occupancy");

        // python3: the 135 codes with ORG_TYPE 'Acute' in the sickness CSV all have KH03 rows; occupancy = G&A occupied ÷
        // available × 100. RAE 87.222…% has 35 lower, so rank 36 of 135 (lower is better); RR8 95.777…% rank 118.
        // Median 90.6211…, QUARTILE.INC 25% 86.8691…, 75% 93.6826….
        var entries = EnglandScope.AcuteTrustFigures(data, occupancy, new Model.Period(2024, 9));
        var rae = EnglandBenchmark.Compare(occupancy, new Model.Period(2024, 9), "RAE", EnglandScope.AcuteTrusts, entries);
        Assert.Equal("rank 36 of 135 acute trusts in England", rae.Sentence);
        Assert.Equal(87.22200615210551, rae.Value.Number, 9);
        Assert.Equal(90.62114189722519, rae.Median!.Value, 9);
        Assert.Equal(86.86912068518384, rae.LowerQuartile!.Value, 9);
        Assert.Equal(93.6826482956492, rae.UpperQuartile!.Value, 9);
        Assert.Equal(118, EnglandBenchmark.Compare(occupancy, new Model.Period(2024, 9), "RR8", EnglandScope.AcuteTrusts, entries).Rank);

        // Context trusts get no organisation of their own: the portal still publishes only its three.
        Assert.Equal(3, data.Organisations.Count);
        Assert.True(data.ContextOrganisations.Count > 135);
    }
}
