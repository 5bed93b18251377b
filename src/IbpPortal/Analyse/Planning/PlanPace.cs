using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>The improvement a month that the plan needs, set against the best sustained rate the organisation has shown.</summary>
/// <param name="From">The current level: the latest segment's mean.</param>
/// <param name="To">The plan's last month's value.</param>
/// <param name="ToPeriod">The plan's last month.</param>
/// <param name="Months">Months from the latest actual to <paramref name="ToPeriod"/>.</param>
/// <param name="NeededPerMonth">Improvement a month needed, positive in the improvement direction.</param>
/// <param name="BestSustained">The best sustained rate shown; null when the history is too short.</param>
/// <param name="Sentence">Both in words.</param>
public sealed record PlanPace(double From, double To, Period ToPeriod, int Months, double NeededPerMonth, SustainedRate? BestSustained, string Sentence)
{
    /// <summary>True when the plan needs a faster rate than the organisation's best sustained one (or any improvement when none was ever sustained).</summary>
    public bool FasterThanEverSustained => NeededPerMonth > 0 && (BestSustained is null || NeededPerMonth > BestSustained.PerMonth);
}
