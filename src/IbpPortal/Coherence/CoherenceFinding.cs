using System.Globalization;
using IbpPortal.Diagnostics;

namespace IbpPortal.Coherence;

/// <summary>One way an organisation's plan does not hang together, naming the data lines involved.</summary>
/// <param name="Org">The organisation's code.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Metrics">The measures involved, the checked one first.</param>
/// <param name="Message">What is wrong, in a sentence (without the organisation, which the page or pack already names).</param>
/// <param name="Locations">The plan, actual and target lines involved, in file and line order.</param>
public sealed record CoherenceFinding(string Org, CoherenceRule Rule, IReadOnlyList<string> Metrics, string Message, IReadOnlyList<SourceLocation> Locations)
{
    /// <summary>The warning code (IBP1601–IBP1604).</summary>
    public string Code => CoherenceCodes.For(Rule.Kind);

    /// <summary>The lines involved, shortened for a message: <c>data/plans.csv:12, 13 and 4 more</c>.</summary>
    public string LocationSummary
    {
        get
        {
            var shown = Locations.Take(6).GroupBy(l => l.Path, StringComparer.Ordinal)
                .Select(g => $"{g.Key}:{string.Join(", ", g.Select(l => l.Line.ToString(CultureInfo.InvariantCulture)))}");
            var more = Locations.Count > 6 ? $" and {Locations.Count - 6} more" : string.Empty;
            return string.Join("; ", shown) + more;
        }
    }

    /// <summary>The finding as a build warning at its first data line (or the rule's line).</summary>
    public Diagnostic ToDiagnostic() => new(
        Locations.Count > 0 ? Locations[0] : Rule.Source,
        Severity.Warning,
        Code,
        $"{Org}: {Message} (lines: {LocationSummary})",
        $"check the plan with its owners; the rule is {Rule.Name} at {Rule.Source}");
}
