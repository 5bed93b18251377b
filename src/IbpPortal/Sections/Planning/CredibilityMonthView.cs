namespace IbpPortal.Sections.Planning;

/// <summary>One planned month of a measure, with its verdict in words.</summary>
/// <param name="Source">Where the planned figure comes from (the plan or a trajectory).</param>
/// <param name="Sentence">The verdict with its numbers.</param>
public sealed record CredibilityMonthView(string Month, string Source, string Value, string Verdict, string Sentence);
