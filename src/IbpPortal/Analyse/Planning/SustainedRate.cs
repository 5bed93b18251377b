using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>The best improvement a month sustained over a year: the change between two three-month means twelve months apart, divided by 12.</summary>
/// <param name="PerMonth">Improvement a month, positive in the improvement direction (negative when the measure never improved over a year).</param>
/// <param name="FromEnd">The last month of the earlier three.</param>
/// <param name="ToEnd">The last month of the later three.</param>
public sealed record SustainedRate(double PerMonth, Period FromEnd, Period ToEnd);
