using IbpPortal.Model;

namespace IbpPortal.Sample;

/// <summary>One metric of the sample catalogue: its <c>metrics.csv</c> row and how its synthetic series is shaped.</summary>
/// <param name="Base">Typical monthly level for a medium trust (percent metrics: the percentage itself).</param>
/// <param name="Growth">For multiplicative series, the annual growth (0.03 = 3% a year); for additive ones, the change per year in units.</param>
/// <param name="Season">Winter peak: relative amplitude for multiplicative series, units for additive ones.</param>
/// <param name="Noise">Month-to-month noise: relative standard deviation, or units for additive series.</param>
/// <param name="Additive">True for percentages and balances: the level is not scaled by trust size and trend and noise are in units.</param>
/// <param name="PartOf">For a count that is a share of another count (such as attendances seen within 4 hours), the parent metric.</param>
internal sealed record SampleMetric(
    string Id,
    string Name,
    Domain Domain,
    Unit Unit,
    Improvement Improvement,
    int Decimals,
    double? Target,
    AggregateRule Aggregate,
    string Description,
    double Base,
    double Growth,
    double Season,
    double Noise,
    bool Additive = false,
    string? PartOf = null,
    string? Numerator = null,
    string? Denominator = null,
    string? MeetsDemand = null)
{
    /// <summary>True for a ratio metric, whose figures are computed from its parts and so have no rows of their own.</summary>
    public bool IsRatio => Numerator is not null;

    /// <summary>True when the figure may fall below zero (a monthly deficit).</summary>
    public bool AllowNegative => Unit == Unit.Gbp && Additive;
}
