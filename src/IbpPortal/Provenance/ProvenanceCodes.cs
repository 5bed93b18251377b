namespace IbpPortal.Provenance;

/// <summary>Diagnostic codes of data sources, editions and packs' reporting periods (IBP1605–IBP1609; coherence findings are IBP1601–IBP1604).</summary>
public static class ProvenanceCodes
{
    /// <summary><c>data/coherence.yml</c> is not a valid list of rules.</summary>
    public const string CoherenceFile = "IBP1605";

    /// <summary><c>data/sources.yml</c> is not a valid list of data sources.</summary>
    public const string SourcesFile = "IBP1606";

    /// <summary>The previous edition's record could not be read; changes are not shown.</summary>
    public const string PreviousEdition = "IBP1607";

    /// <summary>A pack shows a figure from another month than its reporting period without saying so.</summary>
    public const string MixedPeriods = "IBP1608";
}
