namespace IbpPortal.Coherence;

/// <summary>One thing a coherence rule found for an organisation, as its page shows it.</summary>
/// <param name="Measures">The names of the measures involved.</param>
/// <param name="Lines">The data lines behind it.</param>
/// <param name="Rule">Where <c>coherence.yml</c> sets the rule.</param>
public sealed record CoherenceFindingView(string Code, string Title, string Message, IReadOnlyList<string> Measures, IReadOnlyList<string> Lines, string Rule, string Setting);
