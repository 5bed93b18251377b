using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Tests.Spc;

/// <summary>Builds monthly series for SPC tests, starting January 2024.</summary>
internal static class SpcTestSeries
{
    public static readonly Period Start = new(2024, 1);

    public static SpcInputPoint[] Of(params double[] values) =>
        [.. values.Select((v, i) => new SpcInputPoint(Start.AddMonths(i), DataValue.Of(v)))];

    public static SpcInputPoint[] Of(params DataValue[] values) =>
        [.. values.Select((v, i) => new SpcInputPoint(Start.AddMonths(i), v))];

    public static SpcInputPoint[] WithTarget(SpcInputPoint[] series, double? target) =>
        [.. series.Select(p => p with { Target = target })];

    /// <summary>Alternates 8 and 12 (starting with 8): mean 10 for an even count, every moving range 4.</summary>
    public static double[] Alternating(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i % 2 == 0 ? 8.0 : 12.0)];

    public static SpcResult Calculate(SpcInputPoint[] series, Improvement improvement = Improvement.Increase, bool screen = true) =>
        SpcCalculator.Calculate(series, improvement, [], new SpcOptions(ScreenMovingRanges: screen));

    public static SpcRule[] Rules(SpcResult result) => [.. result.Points.Select(p => p.Rule)];
}
