namespace IbpPortal.Provenance;

/// <summary>One figure: what it is, its value, how it was derived and from which lines of which files.</summary>
internal sealed record FigureJson(
    string Metric,
    string Series,
    string Period,
    double? Value,
    string DerivationKind,
    string Derivation,
    IEnumerable<FigureInputJson> Inputs,
    IEnumerable<FigureSourceJson> Sources);
