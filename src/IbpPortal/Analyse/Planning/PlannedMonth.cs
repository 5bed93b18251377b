using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>One planned month judged against the current process, with the sentence a board reads.</summary>
/// <param name="Source">"plan" or "trajectory" (the target trajectory).</param>
public sealed record PlannedMonth(Period Period, double Value, string Source, CredibilityVerdict Verdict, string Sentence);
