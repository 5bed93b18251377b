using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import dm01</c>: NHS England's monthly diagnostics provider workbook (<c>.xls</c>), sheet <c>Provider</c>.</summary>
/// <remarks>The month is read from the <c>Period:</c> line above the table; the England total row (no provider code) is skipped.</remarks>
internal sealed class Dm01Publication : IPublication
{
    private static readonly string[] Required = ["Provider Code", "Provider Name", "Total Waiting List", "Number waiting 6+ Weeks"];

    public string Id => "dm01";

    public string Title => "NHS England's monthly diagnostics (DM01) provider workbook";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        Period period = default;
        PublicationTable.Read(this, file, "Provider", Required, diagnostics, progress,
            (header, location) => HeaderPeriod.TryFind(header, location, "Period:", diagnostics, out period),
            (header, row, source) =>
            {
                var org = row.Cell(header.Index("Provider Code"));
                if (org.Length == 0)
                {
                    batch.TotalRows++;
                    return;
                }

                if (!batch.Provider(org, row.Cell(header.Index("Provider Name")), source, "Provider Code", diagnostics))
                {
                    return;
                }

                if (PublicationTable.TryNumber(row, header, "Total Waiting List", source, diagnostics, out var list) &&
                    PublicationTable.TryNumber(row, header, "Number waiting 6+ Weeks", source, diagnostics, out var over6))
                {
                    batch.Add(org, "dm01_waiting_list", period, list, source);
                    batch.Add(org, "dm01_over_6wk", period, over6, source);
                }
            });
    }
}
