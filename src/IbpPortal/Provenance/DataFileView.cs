namespace IbpPortal.Provenance;

/// <summary>A data file on the sources page: its hash and what <c>sources.yml</c> says of it.</summary>
/// <param name="Source">Publisher and date; empty when <c>sources.yml</c> does not name the file.</param>
public sealed record DataFileView(string Path, string Sha256, string Source, string? Url);
