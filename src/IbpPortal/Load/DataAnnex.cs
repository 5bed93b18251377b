using IbpPortal.Coherence;
using IbpPortal.Editions;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Load;

/// <summary>The files read beside the plan data: declared sources, coherence rules, earlier editions' records and the data's fingerprint.</summary>
/// <param name="Sources">The declarations of <c>data/sources.yml</c>.</param>
/// <param name="CoherenceRules">The rules of <c>data/coherence.yml</c>.</param>
/// <param name="PreviousEdition">The previous edition's record (named by <c>previous_edition</c>, else the newest earlier one in the last output), or null.</param>
/// <param name="ArchivedEditions">Every earlier edition's record in the last output's <c>data/editions/</c>, by period, to publish again.</param>
/// <param name="Fingerprint">The SHA-256 of each file of <c>data/</c> and of them all.</param>
public sealed record DataAnnex(
    IReadOnlyList<DataSource> Sources,
    IReadOnlyList<CoherenceRule> CoherenceRules,
    EditionRecord? PreviousEdition,
    IReadOnlyList<(Period Period, string Path)> ArchivedEditions,
    DataFingerprint Fingerprint)
{
    /// <summary>Nothing beside the data: a portal without plan data.</summary>
    public static DataAnnex None { get; } = new([], [], null, [], DataFingerprint.None);
}
