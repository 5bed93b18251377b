using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>What one edition's exception narrative promises: the recovery month, its owner and actions.</summary>
/// <param name="RecoveryText">The front matter's <c>recovery</c> as written, such as "March 2026".</param>
public sealed record PromiseMade(string Org, string Measure, Period Edition, string? RecoveryText, string? Owner, IReadOnlyList<string> Actions)
{
    /// <summary>The promised month read from <see cref="RecoveryText"/>, or null when it names none.</summary>
    public Period? Recovery => PromiseMonth.Parse(RecoveryText);
}
