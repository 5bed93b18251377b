using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>
/// A share (a ratio metric in percent, such as patients seen within four hours of all attendances) cannot have
/// more in its numerator than in its denominator for the same organisation and month.
/// </summary>
internal static class ShareChecks
{
    /// <summary>Reports each month of <paramref name="file"/> whose numerator is larger than its denominator.</summary>
    public static void Check(ObservationTable file, IReadOnlyList<Metric> metrics, DiagnosticBag diagnostics)
    {
        var shares = metrics.Where(m => m.IsRatio && m.Unit == Unit.Percent).ToList();
        if (shares.Count == 0)
        {
            return;
        }

        var wanted = new bool[file.CodeCount];
        foreach (var share in shares)
        {
            foreach (var part in new[] { file.Find(share.Numerator!), file.Find(share.Denominator!) })
            {
                if (part >= 0)
                {
                    wanted[part] = true;
                }
            }
        }

        // The first row with a number for each organisation, metric and month of a share's parts.
        var rows = new Dictionary<(int Org, int Metric, Period Period), int>();
        var orgs = file.Orgs;
        var codes = file.Metrics;
        var periods = file.Periods;
        var values = file.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].HasValue && wanted[codes[i]])
            {
                rows.TryAdd((orgs[i], codes[i], periods[i]), i);
            }
        }

        foreach (var share in shares)
        {
            var (numeratorCode, denominatorCode) = (file.Find(share.Numerator!), file.Find(share.Denominator!));
            if (numeratorCode < 0 || denominatorCode < 0)
            {
                continue;
            }

            foreach (var ((org, metric, period), row) in rows)
            {
                if (metric == numeratorCode && rows.TryGetValue((org, denominatorCode, period), out var other) && values[row].Number > values[other].Number)
                {
                    var (numerator, denominator) = (values[row].Number, values[other].Number);
                    diagnostics.Error(file.SourceAt(row), DataDiagnosticCodes.NumeratorAboveDenominator,
                        $"{file.Code(org)} {file.Code(metric)} {period} is {ValueRangeChecks.Show(numerator)}, more than {share.Denominator} {ValueRangeChecks.Show(denominator)} (line {file.SourceAt(other).Line}), so '{share.Id}' would be above 100%",
                        $"correct one of the two values: {file.Code(metric)} counts part of {share.Denominator}");
                }
            }
        }
    }
}
