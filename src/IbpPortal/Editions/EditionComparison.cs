using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>The changes between two editions for every organisation of the current one.</summary>
/// <param name="Period">This edition's reporting period.</param>
/// <param name="PreviousPeriod">The previous edition's period; null for a first edition.</param>
/// <param name="PreviousDataHash">The previous edition's combined data SHA-256, when there was one.</param>
/// <param name="ByOrganisation">Changes by organisation code.</param>
public sealed record EditionComparison(
    Period Period,
    Period? PreviousPeriod,
    string? PreviousDataHash,
    IReadOnlyDictionary<string, ChangesSinceLastEdition> ByOrganisation)
{
    /// <summary>The organisation's changes; "nothing to compare with" for one the comparison does not know.</summary>
    public ChangesSinceLastEdition For(string org) =>
        ByOrganisation.TryGetValue(org, out var changes) ? changes : ChangesSinceLastEdition.First(org, Period);
}
