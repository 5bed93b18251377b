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
    public static void Check(IReadOnlyList<Observation> file, IReadOnlyList<Metric> metrics, DiagnosticBag diagnostics)
    {
        var shares = metrics.Where(m => m.IsRatio && m.Unit == Unit.Percent).ToList();
        if (shares.Count == 0)
        {
            return;
        }

        var wanted = shares.SelectMany(m => new[] { m.Numerator!, m.Denominator! }).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<ObservationKey, Observation>();
        foreach (var row in file)
        {
            if (row.Value.HasValue && wanted.Contains(row.Metric))
            {
                values.TryAdd(new ObservationKey(row.Org, row.Metric, row.Period), row);
            }
        }

        foreach (var share in shares)
        {
            foreach (var ((org, metric, period), numerator) in values.Where(v => v.Key.Metric == share.Numerator))
            {
                if (values.TryGetValue(new ObservationKey(org, share.Denominator!, period), out var denominator) && numerator.Value.Number > denominator.Value.Number)
                {
                    diagnostics.Error(numerator.Source, DataDiagnosticCodes.NumeratorAboveDenominator,
                        $"{org} {metric} {period} is {ValueRangeChecks.Show(numerator.Value.Number)}, more than {share.Denominator} {ValueRangeChecks.Show(denominator.Value.Number)} (line {denominator.Source.Line}), so '{share.Id}' would be above 100%",
                        $"correct one of the two values: {metric} counts part of {share.Denominator}");
                }
            }
        }
    }
}
