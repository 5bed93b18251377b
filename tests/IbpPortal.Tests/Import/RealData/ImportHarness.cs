using IbpPortal.Diagnostics;
using IbpPortal.Import;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Tests.Data;

namespace IbpPortal.Tests.Import.RealData;

/// <summary>A portal with two West Yorkshire trusts and their ICB, into which the real files are imported.</summary>
internal sealed class ImportHarness : IDisposable
{
    private readonly TempPortal _portal = TempPortal.With("""
        -- data/organisations.csv --
        code,name,type,icb,region,peer_group
        QWO,NHS West Yorkshire ICB,icb,,North East and Yorkshire,ICB
        RAE,Bradford Teaching Hospitals NHS Foundation Trust,trust,QWO,North East and Yorkshire,Medium acute
        RR8,Leeds Teaching Hospitals NHS Trust,trust,QWO,North East and Yorkshire,Large acute
        -- data/actuals.csv --
        org,metric,period,value
        """);

    public string Root => _portal.Root;

    public string DataFolder => Path.Combine(_portal.Root, "data");

    public void Write(string path, string text) => _portal.Write(path, text);

    /// <summary>Imports and fails the test with every message when the import does not succeed.</summary>
    public ImportSummary Run(string publication, params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var summary = PublicationRegistry.Import(publication, files, DataFolder, addMetrics: true, diagnostics, ImportProgress.None);
        Assert.True(summary is not null, string.Join("\n", diagnostics.Sorted()));
        return summary;
    }

    /// <summary>Imports expecting failure; the messages.</summary>
    public IReadOnlyList<Diagnostic> Fail(string publication, params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(PublicationRegistry.Import(publication, files, DataFolder, addMetrics: true, diagnostics, ImportProgress.None));
        return diagnostics.Sorted();
    }

    /// <summary>Every figure of <c>actuals.csv</c> and <c>context-actuals.csv</c> together, by org, metric and period.</summary>
    public Dictionary<(string Org, string Metric, string Period), DataValue> Figures()
    {
        var bag = new DiagnosticBag();
        var all = new List<Observation>(ObservationsFile.Read(Path.Combine(DataFolder, "actuals.csv"), "data/actuals.csv", bag));
        var context = Path.Combine(DataFolder, "context-actuals.csv");
        if (File.Exists(context))
        {
            all.AddRange(ObservationsFile.Read(context, "data/context-actuals.csv", bag));
        }

        Assert.Empty(bag.Sorted());
        return all.ToDictionary(a => (a.Org, a.Metric, a.Period.ToString()), a => a.Value);
    }

    public double Number(string org, string metric, string period) => Figures()[(org, metric, period)].Number;

    public void Dispose() => _portal.Dispose();
}
