namespace IbpPortal.Provenance;

/// <summary>The source a data file names.</summary>
internal sealed record FigureSourceJson(string File, string? AsAt, string? Source, string? Url);
