using System.Collections.Concurrent;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>The organisation codes and metric ids that other files may name, with the "not known" messages for those that are not.</summary>
internal sealed class KnownCodes(IReadOnlyDictionary<string, Organisation> organisations, IReadOnlyDictionary<string, Metric> metrics)
{
    // The files are checked on several threads at once (see PlanDataValidator), so the suggestions are memoised concurrently.
    private readonly ConcurrentDictionary<string, string> _nearOrganisation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _nearMetric = new(StringComparer.Ordinal);

    /// <summary>Organisations by code (the first row of each code).</summary>
    public IReadOnlyDictionary<string, Organisation> Organisations => organisations;

    /// <summary>Metrics by id (the first row of each id).</summary>
    public IReadOnlyDictionary<string, Metric> Metrics => metrics;

    /// <summary>Reports an organisation code that is not in organisations.csv, with the nearest known code.</summary>
    /// <param name="moreRows">How many further rows of the same file name the same code.</param>
    public void ReportUnknownOrganisation(SourceLocation location, string code, int moreRows, DiagnosticBag diagnostics)
    {
        var near = _nearOrganisation.GetOrAdd(code, c => NearestName.DidYouMean(c, organisations.Keys));

        diagnostics.Error(
            location,
            DataDiagnosticCodes.UnknownOrganisation,
            $"organisation '{code}' is not in data/organisations.csv{near}{More(moreRows)}",
            "correct the code, or add the organisation to data/organisations.csv");
    }

    /// <summary>Reports a metric id that is not in metrics.csv, with the nearest known id.</summary>
    /// <param name="moreRows">How many further rows of the same file name the same id.</param>
    public void ReportUnknownMetric(SourceLocation location, string id, int moreRows, DiagnosticBag diagnostics)
    {
        var near = _nearMetric.GetOrAdd(id, i => NearestName.DidYouMean(i, metrics.Keys));

        diagnostics.Error(
            location,
            DataDiagnosticCodes.UnknownMetric,
            $"metric '{id}' is not in data/metrics.csv{near}{More(moreRows)}",
            "correct the id, or add the metric to data/metrics.csv");
    }

    private static string More(int moreRows) => moreRows switch
    {
        0 => string.Empty,
        1 => " (1 more row in this file names it)",
        _ => $" ({moreRows} more rows in this file name it)",
    };
}
