namespace IbpPortal.Render;

/// <summary>A page as rendered: its HTML and the chart drawings it refers to, each written as its own file.</summary>
public sealed record RenderedPage(string Html, IReadOnlyList<ChartFile> Charts);
