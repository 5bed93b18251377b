using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>Where one figure came from: its data lines, their files' as-at dates and sources, and how it was worked out.</summary>
/// <param name="Key">The figure.</param>
/// <param name="Value">The figure as the portal shows it (absent kinds stay absent).</param>
/// <param name="Kind">Read as reported, or derived (ratio, ICB aggregate).</param>
/// <param name="Derivation">One sentence for readers, such as "Worked out as ae_within_4hr ÷ ae_attendances × 100 for RAE".</param>
/// <param name="Inputs">Every data line behind the figure, in file and line order.</param>
/// <param name="Sources">What <c>sources.yml</c> says about the files of <paramref name="Inputs"/>; empty when it says nothing.</param>
public sealed record FigureProvenance(
    FigureKey Key,
    DataValue Value,
    DerivationKind Kind,
    string Derivation,
    IReadOnlyList<ProvenanceInput> Inputs,
    IReadOnlyList<DataSource> Sources)
{
    /// <summary>The data files and lines behind the figure, distinct and in order.</summary>
    public IReadOnlyList<SourceLocation> Locations => [.. Inputs.Select(i => i.Location).Distinct()];

    /// <summary>The data files behind the figure, distinct and in order.</summary>
    public IReadOnlyList<string> Files => [.. Inputs.Select(i => i.Location.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Where the figure came from in a few words: <c>data/actuals.csv:12</c>, or the file and its number of lines.</summary>
    public string Citation => Inputs.Count switch
    {
        0 => Kind == DerivationKind.NationalTarget ? "data/metrics.csv" : "no data line",
        1 => Inputs[0].Location.ToString(),
        _ => string.Join("; ", Files.Select(f => $"{f} ({Inputs.Count(i => i.Location.Path == f)} lines)")),
    };
}
