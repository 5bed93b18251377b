using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>Projects a metric ahead on its recent trend, adjusted by each scenario's annual change.</summary>
/// <remarks>
/// <para>The window is the 12 months ending with the latest actual value at or before the reporting period.
/// An ordinary least squares straight line is fitted to the months in the window that have a value; at
/// least 6 are needed, otherwise there is no projection.</para>
/// <para>For t = 1 … horizon months after the latest actual: projected = trend(t) × (1 + a/100)^(t/12),
/// where a is the scenario's annual % change for the metric (0 when the scenario does not mention it,
/// and for the current-trend baseline). The annual change therefore compounds monthly on the line.</para>
/// <para>Projections are kept within the possible range: a percent between 0 and 100, other units except
/// money not below 0. The baseline's horizon is the longest scenario horizon, or 12 months without scenarios.</para>
/// </remarks>
internal static class ScenarioProjector
{
    /// <summary>Months of actuals the trend is fitted to.</summary>
    public const int WindowMonths = 12;

    /// <summary>Fewest values in the window for a trend.</summary>
    public const int MinimumPoints = 6;

    /// <summary>Horizon of the baseline when there are no scenarios.</summary>
    public const int DefaultHorizonMonths = 12;

    /// <summary>The trend and projections for one organisation and metric.</summary>
    public static ProjectionSet Project(
        string org,
        Metric metric,
        MonthlySeries actual,
        IReadOnlyList<Scenario> scenarios,
        TargetResolver targets,
        Period reportingPeriod)
    {
        if (Fit(actual, reportingPeriod) is not { } trend)
        {
            return ProjectionSet.None(org, metric);
        }

        var baselineHorizon = scenarios.Count > 0 ? scenarios.Max(s => s.HorizonMonths) : DefaultHorizonMonths;
        var baseline = Build(org, metric, trend, null, "Current trend", 0, baselineHorizon, targets);
        var projections = scenarios
            .Where(s => s.HorizonMonths > 0)
            .Select(s => Build(org, metric, trend, s, s.Name, s.Adjustments.GetValueOrDefault(metric.Id), s.HorizonMonths, targets))
            .ToList();
        return new ProjectionSet(org, metric, trend, baselineHorizon > 0 ? baseline : null, projections);
    }

    /// <summary>The least squares line over the window, or null with fewer than <see cref="MinimumPoints"/> values.</summary>
    internal static TrendLine? Fit(MonthlySeries actual, Period reportingPeriod)
    {
        if (actual.LatestValue(reportingPeriod) is not { } latest)
        {
            return null;
        }

        var to = latest.Period;
        var from = to.AddMonths(-(WindowMonths - 1));
        var points = actual.Between(from, to)
            .Where(p => p.Value.HasValue)
            .Select(p => (p.Period.MonthsSince(from), p.Value.Number))
            .ToList();
        return points.Count >= MinimumPoints ? TrendLine.Fit(from, to, points) : null;
    }

    /// <summary>trend(t) × (1 + a/100)^(t/12) for t months after the trend's last month, kept within the unit's range.</summary>
    internal static double ProjectedValue(TrendLine trend, int t, double annualChangePercent, Unit unit) =>
        Bound(trend.At(trend.To.AddMonths(t)) * Math.Pow(1 + (annualChangePercent / 100.0), t / 12.0), unit);

    private static Projection Build(
        string org,
        Metric metric,
        TrendLine trend,
        Scenario? scenario,
        string name,
        double annualChange,
        int horizon,
        TargetResolver targets)
    {
        var points = new ProjectedPoint[Math.Max(horizon, 1)];
        for (var t = 1; t <= points.Length; t++)
        {
            points[t - 1] = new ProjectedPoint(trend.To.AddMonths(t), ProjectedValue(trend, t, annualChange, metric.Unit));
        }

        var end = points[^1];
        var target = targets.Target(org, metric.Id, end.Period);
        var gap = target is { } value
            ? Gap.Create(GapKind.ProjectedTarget, GapBasis.Month, end.Period, end.Period, end.Value, value, Gap.HigherIsBetter(metric.Improvement))
            : null;
        return new Projection(scenario, name, annualChange, points.Length, points, target, gap);
    }

    private static double Bound(double value, Unit unit) => unit switch
    {
        Unit.Gbp => value,
        Unit.Percent => Math.Clamp(value, 0, 100),
        _ => Math.Max(value, 0),
    };
}
