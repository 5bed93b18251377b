using System.Collections.Frozen;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>The last month of each measure's actuals that an edition shows.</summary>
/// <remarks>
/// The reporting period, for a measure with any figure at or before it: later months belong to a later edition. A measure
/// whose figures all come after the reporting period (a publication imported ahead of the edition, such as the sample's
/// one RTT month of January 2026 in an edition reporting June 2025) is shown to its latest month instead, and every page
/// names that month, so a reader never meets an empty table for a measure that has figures. A ratio measure without rows
/// of its own follows the later of its numerator's and denominator's cut-offs.
/// </remarks>
public sealed class ActualsCutOff
{
    private readonly FrozenDictionary<string, Period> ahead;

    private ActualsCutOff(Period reportingPeriod, FrozenDictionary<string, Period> ahead)
    {
        ReportingPeriod = reportingPeriod;
        this.ahead = ahead;
    }

    /// <summary>The edition's month.</summary>
    public Period ReportingPeriod { get; }

    /// <summary>Works out the cut-offs from the portal's actuals.</summary>
    public static ActualsCutOff For(IReadOnlyList<Observation> actuals, IReadOnlyList<Metric> metrics, Period reportingPeriod)
    {
        // By the table's metric codes: whether any figure is on time, and the latest month of those after.
        var table = ObservationTable.Of(actuals);
        var onTimeCode = new bool[table.CodeCount];
        var latestCode = new Period?[table.CodeCount];
        var codes = table.Metrics;
        var periods = table.Periods;
        for (var i = 0; i < codes.Length; i++)
        {
            var period = periods[i];
            if (period <= reportingPeriod)
            {
                onTimeCode[codes[i]] = true;
            }
            else if (latestCode[codes[i]] is not { } last || period > last)
            {
                latestCode[codes[i]] = period;
            }
        }

        var onTime = new HashSet<string>(StringComparer.Ordinal);
        var ahead = new Dictionary<string, Period>(StringComparer.Ordinal);
        for (var code = 0; code < table.CodeCount; code++)
        {
            if (onTimeCode[code])
            {
                onTime.Add(table.Code(code));
            }
            else if (latestCode[code] is { } latest)
            {
                ahead[table.Code(code)] = latest;
            }
        }

        foreach (var ratio in metrics.Where(m => m.IsRatio && !onTime.Contains(m.Id) && !ahead.ContainsKey(m.Id)))
        {
            var numerator = ahead.GetValueOrDefault(ratio.Numerator!, reportingPeriod);
            var denominator = ahead.GetValueOrDefault(ratio.Denominator!, reportingPeriod);
            var later = numerator > denominator ? numerator : denominator;
            if (later > reportingPeriod)
            {
                ahead[ratio.Id] = later;
            }
        }

        return new ActualsCutOff(reportingPeriod, ahead.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The reporting period for every measure: no measure is shown beyond it.</summary>
    public static ActualsCutOff At(Period reportingPeriod) => new(reportingPeriod, FrozenDictionary<string, Period>.Empty);

    /// <summary>The last month of <paramref name="metric"/>'s actuals to show: the reporting period, or later for a measure published ahead of it.</summary>
    public Period Of(string metric) => ahead.GetValueOrDefault(metric, ReportingPeriod);

    /// <summary>True when <paramref name="metric"/>'s figures all come after the reporting period.</summary>
    public bool IsAhead(string metric) => ahead.ContainsKey(metric);
}
