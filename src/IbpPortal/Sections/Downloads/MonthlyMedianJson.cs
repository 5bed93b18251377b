namespace IbpPortal.Sections.Downloads;

/// <summary>The trusts' median of one month, with the scope it is taken over.</summary>
internal sealed record MonthlyMedianJson(string Period, double? TrustMedian, string Scope, int Peers);
