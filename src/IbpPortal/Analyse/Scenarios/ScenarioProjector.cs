using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>Projects a metric ahead from its baseline (see <see cref="BaselineFitter"/>), adjusted by each scenario's annual change.</summary>
/// <remarks>
/// <para>For t = 1 … horizon months after the latest actual: projected = baseline(t) × (1 + a/100)^(t/12), where a
/// is the scenario's annual % change for the metric (0 when the scenario does not mention it, and for the
/// baseline). +3% a year on a flat series is therefore +3% after 12 months.</para>
/// <para>A ratio metric computed from counts is projected from its projected numerator and denominator, each with
/// its own baseline and the scenario's change for it: ratio(t) = N(t) ÷ D(t) (× 100 for a percent), then × the
/// scenario's change for the ratio itself, if any.</para>
/// <para>Projections are kept within the possible range: a percent between 0 and 100, other units except money not
/// below 0. The baseline's horizon is the longest scenario horizon, or 12 months without scenarios.</para>
/// </remarks>
internal static class ScenarioProjector
{
    /// <summary>The name of the projection with no scenario adjustment.</summary>
    public const string BaselineName = "Baseline";

    /// <summary>Horizon of the baseline when there are no scenarios.</summary>
    public const int DefaultHorizonMonths = 12;

    /// <summary>The baseline and projections for one organisation and metric.</summary>
    public static ProjectionSet Project(
        string org,
        Metric metric,
        DerivedSeries actuals,
        MonthlySeries plan,
        IReadOnlyList<Scenario> scenarios,
        TargetResolver targets,
        Period reportingPeriod)
    {
        var curve = Curve(org, metric, actuals, reportingPeriod);
        if (curve is null)
        {
            return ProjectionSet.None(org, metric);
        }

        var baselineHorizon = scenarios.Count > 0 ? scenarios.Max(s => s.HorizonMonths) : DefaultHorizonMonths;
        var context = new Horizon(org, metric, plan, targets);
        var baseline = Build(context, curve, null, baselineHorizon);
        var projections = scenarios
            .Where(s => s.HorizonMonths > 0)
            .Select(s => Build(context, curve, s, s.HorizonMonths))
            .ToList();
        return new ProjectionSet(org, metric, curve.Fit, curve.Parts is not null, baselineHorizon > 0 ? baseline : null, projections);
    }

    /// <summary>baseline(t) × (1 + a/100)^(t/12), kept within the unit's range.</summary>
    internal static double Adjusted(double baseline, int t, double annualChangePercent) =>
        baseline * Math.Pow(1 + (annualChangePercent / 100.0), t / 12.0);

    /// <summary>A value kept within what the unit allows.</summary>
    internal static double Bound(double value, Unit unit) => unit switch
    {
        Unit.Gbp => value,
        Unit.Percent => Math.Clamp(value, 0, 100),
        _ => Math.Max(value, 0),
    };

    private static ProjectionCurve? Curve(string org, Metric metric, DerivedSeries actuals, Period reportingPeriod)
    {
        var actual = actuals.Get(org, metric.Id);
        if (actual.LatestValue(reportingPeriod) is not { } latest)
        {
            return null;
        }

        if (metric.IsRatio && actuals.PartsOf(org, metric.Id) is { } parts
            && BaselineFitter.Fit(parts.Numerator, reportingPeriod) is { } numerator
            && BaselineFitter.Fit(parts.Denominator, reportingPeriod) is { } denominator
            && numerator.Latest == latest.Period && denominator.Latest == latest.Period)
        {
            return new ProjectionCurve(metric, latest, denominator, (numerator, denominator));
        }

        return BaselineFitter.Fit(actual, reportingPeriod) is { } fit ? new ProjectionCurve(metric, latest, fit, null) : null;
    }

    private static Projection Build(Horizon horizon, ProjectionCurve curve, Scenario? scenario, int months)
    {
        var metric = horizon.Metric;
        var own = scenario?.Adjustments.GetValueOrDefault(metric.Id) ?? 0;
        double? numerator = curve.Parts is null ? null : scenario?.Adjustments.GetValueOrDefault(metric.Numerator!) ?? 0;
        double? denominator = curve.Parts is null ? null : scenario?.Adjustments.GetValueOrDefault(metric.Denominator!) ?? 0;
        var points = new ProjectedPoint[Math.Max(months, 1)];
        for (var t = 1; t <= points.Length; t++)
        {
            points[t - 1] = new ProjectedPoint(curve.Latest.Period.AddMonths(t), curve.Value(t, own, numerator ?? 0, denominator ?? 0));
        }

        var end = points[^1];
        var higherIsBetter = Gap.HigherIsBetter(metric.Improvement);
        var target = horizon.Targets.Target(horizon.Org, metric.Id, end.Period);
        var targetGap = target is { } t1 ? Gap.Create(GapKind.ProjectedTarget, GapBasis.Month, end.Period, end.Period, end.Value, t1, higherIsBetter) : null;
        var plan = horizon.Plan.At(end.Period).AsNullable;
        var planGap = plan is { } p1 ? Gap.Create(GapKind.ProjectedPlan, GapBasis.Month, end.Period, end.Period, end.Value, p1, higherIsBetter) : null;
        var start = new ProjectedPoint(curve.Latest.Period, curve.Latest.Value.Number);
        return new Projection(scenario, scenario?.Name ?? BaselineName, own, numerator, denominator, points.Length, start, points, target, targetGap, plan, planGap);
    }

    private sealed record Horizon(string Org, Metric Metric, MonthlySeries Plan, TargetResolver Targets);
}
