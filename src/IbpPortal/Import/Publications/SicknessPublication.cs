using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary><c>ibp import sickness</c>: NHS sickness absence rates CSV (one month per file; <c>DATE</c> is its last day).</summary>
/// <remarks>Its <c>ORG_TYPE</c> gives context providers their sector (acute or not). Only the two counts are imported; <c>sickness_absence</c> is their ratio, so the published rounded rate is not used.</remarks>
internal sealed class SicknessPublication : IPublication
{
    private static readonly string[] Required = ["DATE", "ORG_CODE", "ORG_NAME", "ORG_TYPE", "FTE_DAYS_LOST", "FTE_DAYS_AVAILABLE"];

    /// <summary>The file's <c>ORG_TYPE</c>, which tells acute trusts from the rest (other types say nothing).</summary>
    private static readonly Dictionary<string, string> Sectors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Acute"] = ContextOrganisation.Acute,
        ["Mental Health"] = ContextOrganisation.NonAcute,
        ["Community Provider Trust"] = ContextOrganisation.NonAcute,
        ["Ambulance"] = ContextOrganisation.NonAcute,
    };

    public string Id => "sickness";

    public string Title => "NHS sickness absence rates CSV";

    public IReadOnlyList<CatalogueMetric> Metrics => MeasureCatalogue.For(Id);

    public void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress)
    {
        PublicationTable.Read(this, file, null, Required, diagnostics, progress, (_, _) => true, (header, row, source) =>
        {
            if (!PublishedPeriod.TryDate(row.Cell(header.Index("DATE")), out var period))
            {
                diagnostics.Error(source, DataDiagnosticCodes.ImportPeriodNotFound, $"'DATE' is '{row.Cell(header.Index("DATE"))}', which is not a date such as 30/04/2024", "import the CSV as NHS England publishes it");
                return;
            }

            var org = row.Cell(header.Index("ORG_CODE"));
            if (!batch.Provider(org, row.Cell(header.Index("ORG_NAME")), source, "ORG_CODE", diagnostics))
            {
                return;
            }

            if (Sectors.TryGetValue(row.Cell(header.Index("ORG_TYPE")), out var sector))
            {
                batch.Sector(org, sector);
            }

            if (PublicationTable.TryNumber(row, header, "FTE_DAYS_LOST", source, diagnostics, out var lost) &&
                PublicationTable.TryNumber(row, header, "FTE_DAYS_AVAILABLE", source, diagnostics, out var available))
            {
                batch.Add(org, "sickness_days_lost", period, lost, source);
                batch.Add(org, "sickness_days_available", period, available, source);
            }
        });
    }
}
