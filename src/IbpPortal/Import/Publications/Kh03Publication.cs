using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import kh03</c>: NHS England's quarterly bed availability and occupancy workbook, sheet <c>NHS Trust by Sector</c>.</summary>
/// <remarks>The sheet has three blocks (available, occupied, % occupied) with the same sector headings; each
/// <c>General &amp; Acute</c> column is told apart by the block label in the row above it. A quarter is stored at its last
/// month (<c>Period End</c>), so Q2 2024-25 is 2024-09.</remarks>
internal sealed class Kh03Publication : IPublication
{
    private const string Sector = "General & Acute";

    private static readonly string[] Required = ["Year", "Period End", "Org Code", "Org Name", Sector];

    public string Id => "kh03";

    public string Title => "NHS England's KH03 bed availability and occupancy workbook";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        var available = -1;
        var occupied = -1;
        PublicationTable.Read(this, file, "NHS Trust by Sector", Required, diagnostics, progress,
            (header, location) =>
            {
                available = Block(header, "Available");
                occupied = Block(header, "Occupied");
                if (available >= 0 && occupied >= 0)
                {
                    return true;
                }

                PublicationTable.WrongLayout(this, location, ["'Available' and 'Occupied' block labels above 'General & Acute'"], diagnostics);
                return false;
            },
            (header, row, source) =>
            {
                var org = row.Cell(header.Index("Org Code"));
                if (org.Length == 0)
                {
                    batch.TotalRows++;
                    return;
                }

                if (!PublishedPeriod.TryFinancialYearMonth(row.Cell(header.Index("Year")), row.Cell(header.Index("Period End")), out var period))
                {
                    diagnostics.Error(source, DataDiagnosticCodes.ImportPeriodNotFound, $"'Year' and 'Period End' are '{row.Cell(header.Index("Year"))}' and '{row.Cell(header.Index("Period End"))}', which are not a financial year and month such as 2024-25 and September", "import the workbook as NHS England publishes it");
                    return;
                }

                if (batch.Provider(org, row.Cell(header.Index("Org Name")), source, "Org Code", diagnostics) &&
                    PublicationTable.TryNumberAt(row, available, "Available " + Sector, source, diagnostics, out var beds) &&
                    PublicationTable.TryNumberAt(row, occupied, "Occupied " + Sector, source, diagnostics, out var used))
                {
                    batch.Add(org, "ga_beds_available", period, beds, source);
                    batch.Add(org, "ga_beds_occupied", period, used, source);
                }
            });
    }

    /// <summary>The <c>General &amp; Acute</c> column under a block label: the nearest label at or left of it in the row above.</summary>
    private static int Block(TableHeader header, string label)
    {
        var above = header.Above.Count > 0 ? header.Above[^1] : null;
        foreach (var index in header.Indexes(Sector))
        {
            var nearest = Enumerable.Range(0, index + 1).Reverse().Select(i => above?.Cell(i) ?? string.Empty).FirstOrDefault(c => c.Length > 0);
            if (string.Equals(nearest, label, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }
}
