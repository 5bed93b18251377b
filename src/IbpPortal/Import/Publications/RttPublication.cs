using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import rtt</c>: NHS England's referral to treatment full CSV extract (a zip of one CSV, about 180,000 rows).</summary>
/// <remarks>Incomplete pathways (<c>Part_2</c>), treatment function <c>C_999</c> (all), summed over every commissioner row.
/// The percentages' denominator is <c>Total</c> (known clock starts); where a row leaves <c>Total</c> blank, as every
/// <c>Part_2</c> row of the January 2026 extract does, it is the sum of the week bands, which is what <c>Total</c> counts.</remarks>
internal sealed class RttPublication : IPublication
{
    private const string PeriodColumn = "Period";
    private const string Provider = "Provider Org Code";
    private const string ProviderName = "Provider Org Name";
    private const string Part = "RTT Part Type";
    private const string Function = "Treatment Function Code";
    private const string Total = "Total";
    private const string TotalAll = "Total All";

    private static readonly string[] Bands =
        [.. Enumerable.Range(0, 104).Select(w => string.Create(CultureInfo.InvariantCulture, $"Gt {w:D2} To {w + 1:D2} Weeks SUM 1")), "Gt 104 Weeks SUM 1"];

    private static readonly string[] Required = [PeriodColumn, Provider, ProviderName, Part, Function, Total, TotalAll, .. Bands];

    public string Id => "rtt";

    public string Title => "NHS England's referral to treatment (RTT) full CSV extract";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        var sums = new Dictionary<(string Org, Period Period), RttSums>();
        int[] bands = [];
        PublicationTable.Read(this, file, null, Required, diagnostics, progress,
            (header, _) =>
            {
                bands = [.. Bands.Select(header.Index)];
                return true;
            },
            (header, row, source) =>
            {
                if (row.Cell(header.Index(Part)) != "Part_2" || row.Cell(header.Index(Function)) != "C_999")
                {
                    return;
                }

                if (!PublishedPeriod.TryFind(row.Cell(header.Index(PeriodColumn)), out var period))
                {
                    BadPeriod(row.Cell(header.Index(PeriodColumn)), source, diagnostics);
                    return;
                }

                var org = row.Cell(header.Index(Provider));
                if (!sums.TryGetValue((org, period), out var sum))
                {
                    if (!batch.Provider(org, row.Cell(header.Index(ProviderName)), source, Provider, diagnostics))
                    {
                        return;
                    }

                    sums[(org, period)] = sum = new RttSums(source);
                }

                sum.Add(row, bands, Bands, (header.Index(Total), header.Index(TotalAll)), source, diagnostics);
            });

        foreach (var ((org, period), sum) in sums)
        {
            batch.Add(org, "rtt_waiting_list", period, sum.WaitingList, sum.Source);
            batch.Add(org, "rtt_within_18wk", period, sum.Within18, sum.Source);
            batch.Add(org, "rtt_known_clock_start", period, sum.Known, sum.Source);
            batch.Add(org, "rtt_over_52wk", period, sum.Over52, sum.Source);
        }
    }

    private static void BadPeriod(string text, SourceLocation source, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            source,
            DataDiagnosticCodes.ImportPeriodNotFound,
            $"'Period' is '{text}', which is not of the form RTT-January-2026",
            "import the extract as NHS England publishes it");
}
