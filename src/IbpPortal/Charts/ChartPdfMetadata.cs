namespace IbpPortal.Charts;

/// <summary>What is written into the information dictionary of a chart PDF; dates are given, never read from the clock.</summary>
/// <param name="Created">Creation and modification date, so that two builds of the same input give the same bytes.</param>
public sealed record ChartPdfMetadata(string Title, DateTime Created);
