namespace IbpPortal.Provenance;

/// <summary>The SHA-256 of one input data file.</summary>
/// <param name="Path">Relative to the portal root, with forward slashes, such as <c>data/actuals.csv</c>.</param>
/// <param name="Sha256">Lower-case hexadecimal.</param>
public sealed record DataFileHash(string Path, string Sha256);
