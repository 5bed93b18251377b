namespace IbpPortal.Analyse.Series;

/// <summary>The numerator and denominator count series a ratio metric was computed from, kept for ratio-of-sums totals.</summary>
internal sealed record RatioParts(MonthlySeries Numerator, MonthlySeries Denominator);
