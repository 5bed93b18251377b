using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Reads one NHS England monthly A&amp;E provider CSV exactly as published.</summary>
/// <remarks>Copes with CRLF, quoted names with commas, trailing spaces, stray empty or extra columns, and skips the
/// England total row (<c>TOTAL</c>/<c>Total</c>), which is not an organisation.</remarks>
internal static class NhseAeFile
{
    private static readonly string[] Months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

    /// <summary>The provider rows of a file, or null when the file is not in the published format (reported).</summary>
    public static (List<AeProviderMonth> Rows, int TotalRows)? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        using var reader = CsvFileReader.Open(fullPath, displayPath, diagnostics);
        if (reader is null)
        {
            return null;
        }

        if (!reader.Read(out var header, out _) || MapHeader(header, displayPath, diagnostics) is not { } columns)
        {
            if (!reader.Failed && header.Length == 0)
            {
                NotTheFormat(displayPath, "it has no header line", diagnostics);
            }

            return null;
        }

        var rows = new List<AeProviderMonth>();
        var totals = 0;
        var ok = true;
        while (reader.Read(out var fields, out var line))
        {
            var location = new SourceLocation(displayPath, line);
            string Cell(string column) => columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : string.Empty;
            var org = Cell(NhseAeColumns.OrgCode);
            var periodText = Cell(NhseAeColumns.Period);
            if (org.Equals("TOTAL", StringComparison.OrdinalIgnoreCase) || periodText.Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
            {
                totals++;
                continue;
            }

            if (!TryPeriod(periodText, out var period))
            {
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.ImportInvalidPeriod,
                    $"'Period' is '{periodText}', which is not of the form MSitAE-APRIL-2025",
                    "import the provider CSV as NHS England publishes it");
                ok = false;
                continue;
            }

            if (ReadValues(Cell, location, diagnostics) is { } values && org.Length > 0)
            {
                rows.Add(new AeProviderMonth(org, Cell("Org name"), period, values, location));
            }
            else
            {
                ok = false;
            }
        }

        return ok && !reader.Failed ? (rows, totals) : null;
    }

    /// <summary>Parses <c>MSitAE-APRIL-2025</c>.</summary>
    public static bool TryPeriod(string text, out Period period)
    {
        period = default;
        var parts = text.Split('-');
        if (parts.Length != 3 || !parts[0].Equals("MSitAE", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var month = Array.FindIndex(Months, m => m.Equals(parts[1], StringComparison.OrdinalIgnoreCase)) + 1;
        if (month == 0 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900)
        {
            return false;
        }

        period = new Period(year, month);
        return true;
    }

    private static Dictionary<string, int>? MapHeader(string[] header, string displayPath, DiagnosticBag diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            // Published files sometimes carry stray empty or extra columns (one month's file has six, one headed 'a').
            columns.TryAdd(header[i].Trim(), i);
        }

        var missing = NhseAeColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count == 0)
        {
            return columns;
        }

        var named = string.Join(", ", missing.Take(3).Select(m => $"'{m}'")) + (missing.Count > 3 ? $" and {missing.Count - 3} more" : string.Empty);
        NotTheFormat(displayPath, $"its header lacks {named}", diagnostics);
        return null;
    }

    private static void NotTheFormat(string displayPath, string why, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            new SourceLocation(displayPath, 1),
            DataDiagnosticCodes.ImportNotAeFormat,
            $"this is not an NHS England monthly A&E provider CSV: {why}",
            "download the 'Monthly A&E attendances and emergency admissions' provider-level CSV from NHS England and import it unchanged");

    // England's busiest provider has under 50,000 attendances a month; a count past this is not a published figure,
    // and the sums of such counts would overflow.
    private const long MaxCount = 100_000_000;

    private static List<(string, DataValue)>? ReadValues(Func<string, string> cell, SourceLocation location, DiagnosticBag diagnostics)
    {
        // Each published column is read once (and reported once), then summed into our metrics; null is blank.
        var counts = new Dictionary<string, long?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var column in NhseAeColumns.Required.Skip(2))
        {
            var text = cell(column);
            if (text.Length == 0)
            {
                counts[column] = null;
            }
            else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && count is < 0 or > MaxCount)
            {
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.ImportCountOutOfRange,
                    $"'{column}' is {text}, " + (count < 0 ? "a negative count" : "more than a provider could see in a month (the limit is 100,000,000)"),
                    "import the provider CSV as NHS England publishes it; if it was edited, correct the cell");
                ok = false;
            }
            else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count))
            {
                counts[column] = count;
            }
            else
            {
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.ImportInvalidCount,
                    $"'{column}' is '{text}', which is not a whole number",
                    "import the provider CSV as NHS England publishes it");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        // A blank part (not submitted) leaves the whole sum not submitted rather than too small.
        DataValue Sum(params IEnumerable<string> columns)
        {
            var parts = columns.Select(c => counts[c]).ToList();
            return parts.Any(p => p is null) ? DataValue.Missing : DataValue.Of(parts.Sum(p => p!.Value));
        }

        // The 12-hour decision-to-admit column is optional: a file without it imports without ae_12hr_dta.
        var dta = cell(NhseAeColumns.Dta12Hours);
        var dtaValue = dta.Length == 0 ? DataValue.Missing : long.TryParse(dta, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dtaCount) ? DataValue.Of(dtaCount) : (DataValue?)null;
        if (dtaValue is null)
        {
            diagnostics.Error(location, DataDiagnosticCodes.ImportInvalidCount, $"'{NhseAeColumns.Dta12Hours}' is '{dta}', which is not a whole number", "import the provider CSV as NHS England publishes it");
            return null;
        }

        var attendances = Sum([.. NhseAeColumns.Attendances, .. NhseAeColumns.BookedAttendances]);
        var breaches = Sum([.. NhseAeColumns.Over4Hours, .. NhseAeColumns.BookedOver4Hours]);
        return
        [
            (NhseAeMetrics.Attendances, attendances),
            (NhseAeMetrics.AttendancesType1, Sum(NhseAeColumns.Attendances[0], NhseAeColumns.BookedAttendances[0])),
            (NhseAeMetrics.Breaches, breaches),
            (NhseAeMetrics.Within4Hours, attendances.HasValue && breaches.HasValue ? DataValue.Of(attendances.Number - breaches.Number) : DataValue.Missing),
            (NhseAeMetrics.EmergencyAdmissions, Sum(NhseAeColumns.EmergencyAdmissions)),
            (NhseAeMetrics.Dta12Hours, dtaValue.Value),
        ];
    }
}
