using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary>Reads the month a workbook's table covers from the rows above its header (<c>Period: August 2024</c>).</summary>
internal static class HeaderPeriod
{
    /// <summary>The first <c>Month YYYY</c> in a row above the header that has <paramref name="label"/> (any row when null).</summary>
    public static bool TryFind(TableHeader header, string location, string? label, DiagnosticBag diagnostics, out Period period)
    {
        foreach (var row in header.Above)
        {
            var labelled = label is null || row.Cells.Any(c => c.Trim().Equals(label, StringComparison.OrdinalIgnoreCase));
            if (labelled && row.Cells.Any(c => PublishedPeriod.TryFind(c, out _)))
            {
                PublishedPeriod.TryFind(row.Cells.First(c => PublishedPeriod.TryFind(c, out _)), out period);
                return true;
            }
        }

        period = default;
        diagnostics.Error(
            new SourceLocation(location, header.Row.Line),
            DataDiagnosticCodes.ImportPeriodNotFound,
            $"no month (such as 'August 2024'{(label is null ? string.Empty : $" after '{label}'")}) is above the table's header, so the period it covers is not known",
            "import the workbook as NHS England publishes it, with its title rows");
        return false;
    }
}
