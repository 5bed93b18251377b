namespace IbpPortal.Analyse.Planning;

/// <summary>One member trust's part in its ICB's gap.</summary>
/// <param name="Contribution">In the measure's count unit: for a ratio, the numerator shortfall at the target rate (negative when the trust does better than the target
/// and so offsets others); for a count, its change in the adverse direction (negative when it moved the right way).</param>
/// <param name="Share">Its share of the gross gap (the sum of the positive contributions), 0 to 1; 0 for a trust that offsets.</param>
/// <param name="CumulativeShare">The share of this trust and every trust ranked above it.</param>
public sealed record TrustContribution(string Code, string Name, double Contribution, double Share, double CumulativeShare);
