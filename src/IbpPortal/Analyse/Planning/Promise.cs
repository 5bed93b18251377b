using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>A recovery promised in an exception narrative, and where it stands at the edition that checked it last.</summary>
/// <param name="Org">The organisation's code.</param>
/// <param name="Measure">The metric id.</param>
/// <param name="MadeIn">The edition (reporting period) whose narrative made the promise.</param>
/// <param name="Recovery">The promised recovery month.</param>
/// <param name="Owner">Who owns the recovery, as written.</param>
/// <param name="Actions">The actions promised, as written.</param>
/// <param name="Status">Where it stands at <paramref name="CheckedIn"/>.</param>
/// <param name="CheckedIn">The edition that set <paramref name="Status"/>.</param>
public sealed record Promise(
    string Org,
    string Measure,
    Period MadeIn,
    Period Recovery,
    string? Owner,
    IReadOnlyList<string> Actions,
    PromiseStatus Status,
    Period CheckedIn)
{
    /// <summary>True while the promise is still followed: not yet kept or recovered late.</summary>
    public bool IsLive => Status is PromiseStatus.Open or PromiseStatus.Overdue or PromiseStatus.Dropped;

    /// <summary>True when the promised month has passed (or come) without recovery.</summary>
    public bool Missed => Status == PromiseStatus.Overdue || (Status == PromiseStatus.Dropped && CheckedIn >= Recovery);
}
