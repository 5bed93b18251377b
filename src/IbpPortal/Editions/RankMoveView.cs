using IbpPortal.Sections.Views;

namespace IbpPortal.Editions;

/// <summary>A move in rank as the changes page shows it.</summary>
/// <param name="From">The earlier rank and its month.</param>
/// <param name="To">The later rank and its month.</param>
/// <param name="Move">"up 2 places", "down 1 place" or "same rank".</param>
public sealed record RankMoveView(string Metric, string MetricUrl, string From, string To, string Move, QuartileView? FromQuartile, QuartileView? ToQuartile, bool QuartileMoved);
