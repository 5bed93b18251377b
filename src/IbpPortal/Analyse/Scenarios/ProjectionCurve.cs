using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>The baseline of one metric, or of a ratio metric's numerator and denominator, with the adjustment arithmetic.</summary>
/// <param name="Latest">The latest actual of the metric itself.</param>
/// <param name="Fit">The metric's own baseline, or the denominator's for a ratio projected from its parts.</param>
/// <param name="Parts">Numerator and denominator baselines for a ratio metric; null to project the metric directly.</param>
internal sealed record ProjectionCurve(Metric Metric, SeriesPoint Latest, Baseline Fit, (Baseline Numerator, Baseline Denominator)? Parts)
{
    /// <summary>The projected value t months ahead with the given annual % changes, kept within the unit's range.</summary>
    public double Value(int t, double own, double numeratorChange, double denominatorChange)
    {
        if (Parts is not var (numerator, denominator))
        {
            return ScenarioProjector.Bound(ScenarioProjector.Adjusted(Fit.At(t), t, own), Metric.Unit);
        }

        var n = ScenarioProjector.Adjusted(numerator.At(t), t, numeratorChange);
        var d = ScenarioProjector.Adjusted(denominator.At(t), t, denominatorChange);
        var scale = Metric.Unit == Unit.Percent ? 100.0 : 1.0;
        var ratio = d > 0 ? n / d * scale : Latest.Value.Number;
        return ScenarioProjector.Bound(ScenarioProjector.Adjusted(ratio, t, own), Metric.Unit);
    }
}
