using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>A measure's scorecard rank or quartile changed between editions.</summary>
/// <param name="FromPeriod">The month the previous edition's scorecard showed.</param>
/// <param name="ToPeriod">The month this edition's scorecard shows.</param>
public sealed record RankMove(
    string Metric,
    Period FromPeriod,
    int? FromRank,
    int? FromOutOf,
    int? FromQuartile,
    Period ToPeriod,
    int? ToRank,
    int? ToOutOf,
    int? ToQuartile)
{
    /// <summary>True when the quartile changed too.</summary>
    public bool QuartileMoved => FromQuartile != ToQuartile;

    /// <summary>Places gained (positive: moved up towards rank 1); null without both ranks.</summary>
    public int? PlacesGained => FromRank is { } from && ToRank is { } to ? from - to : null;
}
