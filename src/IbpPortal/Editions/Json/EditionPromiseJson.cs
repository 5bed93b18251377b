namespace IbpPortal.Editions.Json;

/// <summary>One promised recovery in an edition record, with where it stood at that edition.</summary>
internal sealed record EditionPromiseJson(
    string Org,
    string Measure,
    string MadeIn,
    string Recovery,
    string? Owner,
    IEnumerable<string> Actions,
    string Status,
    string CheckedIn);
