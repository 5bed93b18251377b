using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>What the measure's current process delivers: the latest SPC segment's mean and limits, the best months seen, and any trend.</summary>
/// <param name="Mean">Centre line of the latest segment.</param>
/// <param name="Upl">Upper process limit of the latest segment.</param>
/// <param name="Lpl">Lower process limit of the latest segment.</param>
/// <param name="LatestActual">The latest month with an actual.</param>
/// <param name="OwnBest">The organisation's best month in its whole history (by the improvement direction); null without one.</param>
/// <param name="OwnBestPeriod">The month of <paramref name="OwnBest"/>.</param>
/// <param name="EnglandBest">The best month of any English organisation of the same type in the imported national data; null when there is none.</param>
/// <param name="EnglandBestLabel">Who and when, such as "RXX, May 2024"; with <paramref name="EnglandBest"/>.</param>
/// <param name="EnglandScope">The scope's name and size, such as "142 acute trusts in England".</param>
/// <param name="ImprovingTrend">True when SPC flags a trend in the improvement direction among the segment's latest points.</param>
public sealed record ProcessLevel(
    double Mean,
    double Upl,
    double Lpl,
    Period LatestActual,
    double? OwnBest = null,
    Period? OwnBestPeriod = null,
    double? EnglandBest = null,
    string? EnglandBestLabel = null,
    string? EnglandScope = null,
    bool ImprovingTrend = false)
{
    /// <summary>The distance between the process limits.</summary>
    public double Width => Upl - Lpl;
}
