using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Is one organisation's plan for one measure credible: each planned and trajectory month judged, and the pace the plan needs.</summary>
/// <param name="Process">The current process the months were judged against.</param>
/// <param name="Months">The plan's months after the latest actual, then the target trajectory's, each in month order.</param>
/// <param name="Pace">The improvement a month the plan needs against the best sustained; null without a future planned month.</param>
public sealed record MeasureCredibility(Metric Metric, ProcessLevel Process, IReadOnlyList<PlannedMonth> Months, PlanPace? Pace)
{
    /// <summary>How many months got each verdict.</summary>
    public int Count(CredibilityVerdict verdict) => Months.Count(m => m.Verdict == verdict);

    /// <summary>The least credible verdict among the months.</summary>
    public CredibilityVerdict Worst => Months.Count == 0 ? CredibilityVerdict.WithinProcess : Months.Max(m => m.Verdict);

    /// <summary>The sentence for the last month of the plan (or the trajectory when there is no plan), which decides whether the year's ambition is reached.</summary>
    public PlannedMonth? Headline => Months.Where(m => m.Source == PlanningAnalyser.PlanSource).LastOrDefault() ?? (Months.Count > 0 ? Months[^1] : null);
}
