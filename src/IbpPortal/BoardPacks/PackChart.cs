namespace IbpPortal.BoardPacks;

/// <summary>A chart placed in a pack's chart book: its page there and the alternative text the web chart has too.</summary>
/// <param name="Page">The chart's page in <see cref="PackCharts.Pdf"/>, from 1.</param>
/// <param name="AltText">What the chart shows, for readers who cannot see it.</param>
internal sealed record PackChart(int Page, string AltText);
