using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import workforce</c>: NHS Workforce Statistics, England and organisation workbook, table 3 (FTE).</summary>
/// <remarks>Rows without an organisation code are England, region and ICS totals and are skipped; the month is the
/// <c>August 2024 monthly data</c> line above the header.</remarks>
internal sealed class WorkforcePublication : IPublication
{
    private const string Sheet = "3. NHSE, Org & SG - FTE";

    private static readonly (string Column, string Metric)[] Columns =
        [("Total", "staff_fte"), ("Nurses & health visitors", "nurses_fte"), ("HCHS Doctors", "doctors_fte")];

    private static readonly string[] Required = ["Organisation code", "Organisation name", .. Columns.Select(c => c.Column)];

    public string Id => "workforce";

    public string Title => "NHS Workforce Statistics (England and organisation workbook, table 3 FTE)";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        Period period = default;
        PublicationTable.Read(this, file, Sheet, Required, diagnostics, progress,
            (header, location) => HeaderPeriod.TryFind(header, location, null, diagnostics, out period),
            (header, row, source) =>
            {
                var org = row.Cell(header.Index("Organisation code"));
                if (org.Length == 0)
                {
                    batch.TotalRows++;
                    return;
                }

                if (!batch.Provider(org, row.Cell(header.Index("Organisation name")), source, "Organisation code", diagnostics))
                {
                    return;
                }

                foreach (var (column, metric) in Columns)
                {
                    if (PublicationTable.TryNumber(row, header, column, source, diagnostics, out var value))
                    {
                        batch.Add(org, metric, period, value, source);
                    }
                }
            });
    }
}
