using IbpPortal.Diagnostics;
using IbpPortal.Import.Publications;
using IbpPortal.Import.Tables;

namespace IbpPortal.Import;

/// <summary>Imports NHS England's monthly A&amp;E provider CSVs into <c>actuals.csv</c>: <c>ibp import nhse-ae</c>.</summary>
/// <remarks>Booked appointments are counted in attendances and over-4-hour attendances, as in NHS England's published
/// 4-hour performance; see <c>docs/import-nhse-ae.md</c>. Providers not in <c>organisations.csv</c> are kept as
/// England-wide context (<c>context-actuals.csv</c>).</remarks>
public static class NhseAeImport
{
    /// <summary>Reads the files and merges them into the data folder; null (every problem reported) when nothing was written.</summary>
    /// <param name="files">The published files, as paths the user gave.</param>
    /// <param name="dataFolder">The plan data folder holding <c>organisations.csv</c> and <c>actuals.csv</c>.</param>
    /// <param name="diagnostics">Receives every problem; on any error nothing is written and the result is null.</param>
    public static ImportSummary? Run(IReadOnlyList<string> files, string dataFolder, DiagnosticBag diagnostics) =>
        PublicationImport.Run(new NhseAePublication(), files, dataFolder, addMetrics: false, diagnostics, ImportProgress.None);
}
