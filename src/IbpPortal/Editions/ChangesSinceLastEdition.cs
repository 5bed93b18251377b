using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>What changed for one organisation between the previous edition and this one: the model behind the web page and the pack's "Changes since last month".</summary>
/// <param name="Org">The organisation's code.</param>
/// <param name="Period">This edition's reporting period.</param>
/// <param name="PreviousPeriod">The previous edition's reporting period; null when there is nothing to compare with.</param>
/// <param name="PreviousDataHash">The previous edition's combined data SHA-256; null likewise.</param>
/// <param name="NewSignals">Special-cause signals new in this edition, by metric and month.</param>
/// <param name="AssuranceMoves">Assurance icons that changed, by metric.</param>
/// <param name="RankMoves">Scorecard ranks or quartiles that changed, by metric.</param>
/// <param name="Restated">Earlier months' figures that changed (old and new), by metric and month.</param>
public sealed record ChangesSinceLastEdition(
    string Org,
    Period Period,
    Period? PreviousPeriod,
    string? PreviousDataHash,
    IReadOnlyList<NewSignal> NewSignals,
    IReadOnlyList<AssuranceMove> AssuranceMoves,
    IReadOnlyList<RankMove> RankMoves,
    IReadOnlyList<RestatedFigure> Restated)
{
    /// <summary>True when there was a previous edition to compare with.</summary>
    public bool HasPrevious => PreviousPeriod is not null;

    /// <summary>How many changes there are of every kind.</summary>
    public int Count => NewSignals.Count + AssuranceMoves.Count + RankMoves.Count + Restated.Count;

    /// <summary>The first edition (or an organisation new in this one): nothing to compare with.</summary>
    public static ChangesSinceLastEdition First(string org, Period period) => new(org, period, null, null, [], [], [], []);
}
