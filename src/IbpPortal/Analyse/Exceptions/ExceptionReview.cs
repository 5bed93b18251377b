using IbpPortal.Analyse.Spc;

namespace IbpPortal.Analyse.Exceptions;

/// <summary>An organisation's exceptions (most severe first), improvements and summary matrix: what the pack and the web page lead with.</summary>
/// <param name="Exceptions">Every exception, most serious first (see <see cref="Of"/>).</param>
/// <param name="Improvements">Every improvement, in scorecard order.</param>
/// <param name="Matrix">The variation × assurance grid of every charted measure.</param>
public sealed record ExceptionReview(
    IReadOnlyList<ExceptionFinding> Exceptions,
    IReadOnlyList<ImprovementFinding> Improvements,
    SummaryMatrix Matrix)
{
    /// <summary>The exception for a metric, or null.</summary>
    public ExceptionFinding? ExceptionFor(string metric) => Exceptions.FirstOrDefault(e => e.Metric.Id == metric);

    /// <summary>Reviews a scorecard: <paramref name="spc"/> gives each metric's chart, <paramref name="history"/> what the last edition showed.</summary>
    /// <remarks>
    /// Exceptions are ordered by severity; among equals, a measure with a target comes before one without, a rate or
    /// percentage before a volume, newer figures before older ones, then scorecard order. Counts that only make up a
    /// rate (<see cref="ExceptionRules.PartsOfRates"/>) are left to that rate.
    /// </remarks>
    public static ExceptionReview Of(Scorecard scorecard, Func<string, SpcResult> spc, Func<string, MeasureHistory> history)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(spc);
        ArgumentNullException.ThrowIfNull(history);
        var all = scorecard.Rows.ToList();
        var parts = ExceptionRules.PartsOfRates(all);
        var rows = all.Where(r => !parts.Contains(r.Metric.Id)).ToList();
        var exceptions = rows
            .Select((row, order) => (Finding: ExceptionRules.Exception(row, spc(row.Metric.Id), history(row.Metric.Id)), Order: order))
            .Where(x => x.Finding is not null)
            .OrderByDescending(x => x.Finding!.Severity)
            .ThenBy(x => x.Finding!.Row.Target is null ? 1 : 0)
            .ThenBy(x => x.Finding!.Metric.IsVolume ? 1 : 0)
            .ThenByDescending(x => x.Finding!.Row.Period)
            .ThenBy(x => x.Order)
            .Select(x => x.Finding!)
            .ToList();
        var improvements = rows
            .Select(row => ExceptionRules.Improvement(row, history(row.Metric.Id)))
            .OfType<ImprovementFinding>()
            .ToList();
        return new ExceptionReview(exceptions, improvements, SummaryMatrix.Build(rows, [.. all.Where(r => parts.Contains(r.Metric.Id) && r.Latest.HasValue)]));
    }
}
