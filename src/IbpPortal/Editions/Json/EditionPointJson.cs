namespace IbpPortal.Editions.Json;

/// <summary>One month of a series in an edition; <c>value</c> is null unless <c>status</c> is <c>value</c>.</summary>
internal sealed record EditionPointJson(string Period, double? Value, string Status, string SpecialCause, string Rule, int? Rank, int? Quartile);
