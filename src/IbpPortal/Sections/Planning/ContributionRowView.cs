namespace IbpPortal.Sections.Planning;

/// <summary>One trust's part in its ICB's gap.</summary>
/// <param name="Contribution">Its contribution, rounded, in the gap's unit.</param>
/// <param name="Share">Its share of the gross gap as a percentage, or "offsets" when it narrows the gap.</param>
/// <param name="Cumulative">The running share down the table; empty for a trust that offsets.</param>
public sealed record ContributionRowView(string Code, string Name, string Contribution, string Share, string Cumulative);
