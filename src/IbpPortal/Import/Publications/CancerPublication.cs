using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import cancer</c>: NHS England's cancer waiting times provider data extract (one flat table per workbook).</summary>
/// <remarks>For each standard, WITHIN STANDARD and TOTAL TREATED are summed over all of a provider's rows in the month
/// (every stage, route, modality and cancer type); the percentage is their ratio, so ICBs aggregate as a ratio of sums.</remarks>
internal sealed class CancerPublication : IPublication
{
    private static readonly Dictionary<string, string> Standards = new(StringComparer.OrdinalIgnoreCase)
    {
        ["28-day FDS"] = "cancer_fds",
        ["31-day Combined"] = "cancer_31d",
        ["62-day Combined"] = "cancer_62d",
    };

    private static readonly string[] Required = ["PERIOD", "STANDARD", "ORG CODE", "TOTAL TREATED", "WITHIN STANDARD"];

    public string Id => "cancer";

    public string Title => "NHS England's cancer waiting times provider data extract";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        var sums = new Dictionary<(string Org, string Metric, Period Period), (DataValue Within, DataValue Total, SourceLocation Source)>();
        var providers = new HashSet<string>(StringComparer.Ordinal);
        PublicationTable.Read(this, file, null, Required, diagnostics, progress, (_, _) => true, (header, row, source) =>
        {
            if (!Standards.TryGetValue(row.Cell(header.Index("STANDARD")), out var metric))
            {
                return;
            }

            if (!PublishedPeriod.TryDate(row.Cell(header.Index("PERIOD")), out var period))
            {
                diagnostics.Error(source, DataDiagnosticCodes.ImportPeriodNotFound, $"'PERIOD' is '{row.Cell(header.Index("PERIOD"))}', which is not a date", "import the extract as NHS England publishes it");
                return;
            }

            var org = row.Cell(header.Index("ORG CODE"));
            if (!providers.Contains(org) && !batch.Provider(org, string.Empty, source, "ORG CODE", diagnostics))
            {
                return;
            }

            providers.Add(org);
            if (PublicationTable.TryNumber(row, header, "WITHIN STANDARD", source, diagnostics, out var within) &&
                PublicationTable.TryNumber(row, header, "TOTAL TREATED", source, diagnostics, out var total))
            {
                var key = (org, metric, period);
                sums[key] = sums.TryGetValue(key, out var sum)
                    ? (Plus(sum.Within, within), Plus(sum.Total, total), sum.Source)
                    : (within, total, source);
            }
        });

        foreach (var ((org, metric, period), (within, total, source)) in sums)
        {
            batch.Add(org, metric + "_within", period, within, source);
            batch.Add(org, metric + "_total", period, total, source);
        }
    }

    /// <summary>A sum that stays absent once any part is absent (never counted as 0).</summary>
    private static DataValue Plus(DataValue a, DataValue b) => a.HasValue && b.HasValue ? DataValue.Of(a.Number + b.Number) : (a.HasValue ? b : a);
}
