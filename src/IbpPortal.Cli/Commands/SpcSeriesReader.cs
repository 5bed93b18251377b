using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Cli.Commands;

/// <summary>Reads <c>ibp spc</c>'s <c>period,value[,target]</c> CSV with the portal's own CSV reader, reporting every problem rather than the first.</summary>
/// <remarks>
/// Quoting, blank lines, byte order marks and bad UTF-8 are handled as for the portal's data files
/// (<see cref="CsvFileReader"/>); numbers are read as <see cref="Cells.TryNumber"/> reads them. The command's own
/// codes IBP3002–IBP3010 name what is wrong with the series.
/// </remarks>
internal static class SpcSeriesReader
{
    // Beyond this the mean, moving ranges and limits lose all precision (and at 1e308 become infinite).
    private const double MaxMagnitude = 1e12;

    /// <summary>Reads the series from <paramref name="reader"/>, whose path is the one messages name.</summary>
    public static SpcInputPoint[] Read(CsvFileReader reader, DiagnosticBag problems)
    {
        var name = reader.DisplayPath;
        if (!reader.Read(out var header, out var headerLine))
        {
            if (!reader.Failed)
            {
                problems.Error(new SourceLocation(name, 1), "IBP3002", "the input is empty", "start with the header line 'period,value' and one line per month");
            }

            return [];
        }

        var columns = Columns(header, new SourceLocation(name, headerLine), problems);
        if (columns is null)
        {
            return [];
        }

        var points = new List<SpcInputPoint>();
        var firstLine = new Dictionary<Period, int>();
        while (reader.Read(out var fields, out var line))
        {
            var location = new SourceLocation(name, line);
            if (fields.Length != header.Length)
            {
                problems.Error(location, "IBP3005", $"the line has {fields.Length} fields where the header has {header.Length}", "give one field per header column, separated by commas");
                continue;
            }

            if (ReadPoint(columns.Value, [.. fields.Select(f => f.Trim())], location, firstLine, problems) is { } point)
            {
                firstLine[point.Period] = line;
                points.Add(point);
            }
        }

        return [.. points];
    }

    /// <summary>Parses a number as the data files do; false for text, infinities and NaN.</summary>
    public static bool TryNumber(string text, out double number) => Cells.TryNumber(text, out number);

    /// <summary>True when <paramref name="text"/> is a number too large to analyse.</summary>
    public static bool TooLarge(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) &&
        (double.IsInfinity(number) || Math.Abs(number) > MaxMagnitude);

    private static (int Period, int Value, int Target)? Columns(string[] fields, SourceLocation location, DiagnosticBag problems)
    {
        var header = fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var period = Array.IndexOf(header, "period");
        var value = Array.IndexOf(header, "value");
        if (period < 0 || value < 0 || header.Distinct().Count() != header.Length)
        {
            problems.Error(location, "IBP3003", $"the header '{string.Join(',', fields).Trim()}' does not name the columns period and value once each", "make the first line 'period,value' or 'period,value,target'");
            return null;
        }

        foreach (var unknown in header.Where(h => h is not ("period" or "value" or "target")))
        {
            problems.Warning(location, "IBP3004", $"the column '{unknown}' is not used", "remove it, or leave it: it is ignored");
        }

        return (period, value, Array.IndexOf(header, "target"));
    }

    private static SpcInputPoint? ReadPoint((int Period, int Value, int Target) columns, string[] fields, SourceLocation location, Dictionary<Period, int> firstLine, DiagnosticBag problems)
    {
        var ok = true;
        var periodText = fields[columns.Period];
        if (!Period.TryParse(periodText, out var period))
        {
            problems.Error(location, "IBP3006", $"the period '{periodText}' is {Period.WhyNot(periodText)}", "write the period as YYYY-MM, e.g. 2024-04");
            ok = false;
        }
        else if (firstLine.TryGetValue(period, out var earlier))
        {
            problems.Error(location, "IBP3007", $"the period {period} is repeated (first on line {earlier})", "keep one line per month");
            ok = false;
        }

        var valueText = fields[columns.Value];
        var value = ParseValue(valueText);
        if (TooLarge(valueText))
        {
            problems.Error(location, "IBP3010", $"the value '{valueText}' is too large to analyse: values must lie within ±1e12", "correct the value; look for a misplaced decimal point or exponent");
            ok = false;
        }
        else if (value is null)
        {
            problems.Error(location, "IBP3008", $"the value '{valueText}' is not a number", "write a number, leave it blank when missing, '*' when suppressed or '-' when not applicable");
            ok = false;
        }

        ok &= ReadTarget(columns.Target < 0 ? string.Empty : fields[columns.Target], location, problems, out var target);
        return ok ? new SpcInputPoint(period, value!.Value, target) : null;
    }

    private static bool ReadTarget(string text, SourceLocation location, DiagnosticBag problems, out double? target)
    {
        target = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (TooLarge(text))
        {
            problems.Error(location, "IBP3010", $"the target '{text}' is too large to analyse: targets must lie within ±1e12", "correct the target");
            return false;
        }

        if (TryNumber(text, out var number))
        {
            target = number;
            return true;
        }

        problems.Error(location, "IBP3009", $"the target '{text}' is not a number", "write a number, or leave it blank for no target");
        return false;
    }

    private static DataValue? ParseValue(string field) => field switch
    {
        "" => DataValue.Missing,
        "*" => DataValue.Suppressed,
        "-" => DataValue.NotApplicable,
        _ => TryNumber(field, out var number) ? DataValue.Of(number) : null,
    };
}
