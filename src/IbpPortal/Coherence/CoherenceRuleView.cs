namespace IbpPortal.Coherence;

/// <summary>A coherence rule as its page lists it.</summary>
/// <param name="Setting">The rule's threshold in words.</param>
/// <param name="Line">Where <c>coherence.yml</c> sets it.</param>
/// <param name="Measures">The measures it covers, or "every measure".</param>
public sealed record CoherenceRuleView(string Name, string Title, string Setting, string Line, string Measures);
