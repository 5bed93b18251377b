namespace IbpPortal.Charts;

/// <summary>The size a chart is laid out at: CSS pixels for the web, points when drawn 1:1 into a PDF page.</summary>
public readonly record struct ChartSize(int Width, int Height);
