using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Gaps;

/// <summary>Works out plan, target and demand and capacity gaps for one organisation and metric.</summary>
/// <remarks>
/// <para>Gaps are taken at the latest month with an actual value at or before the reporting period.</para>
/// <para>Year to date runs from April of that month's financial year to that month. Counts and money
/// whose ICB rule is Sum are summed; a ratio metric computed from counts is the ratio of the year's summed
/// numerator and denominator (on both the actual and the plan side); every other metric, and a ratio given
/// without its counts, uses the mean of the monthly values. If any month lacks an actual or a plan value,
/// there is no year-to-date gap rather than one over fewer months.</para>
/// <para>Direction follows the metric's improvement; neutral metrics have none. Demand and capacity gaps are
/// capacity − demand, favourable when capacity exceeds demand.</para>
/// </remarks>
internal static class GapCalculator
{
    /// <summary>The gaps for <paramref name="org"/> and <paramref name="metric"/>.</summary>
    public static GapSet Compute(
        string org,
        Metric metric,
        DerivedSeries actuals,
        DerivedSeries plans,
        TargetResolver targets,
        Period reportingPeriod)
    {
        var actual = actuals.Get(org, metric.Id);
        var plan = plans.Get(org, metric.Id);
        var demandCapacity = metric.MeetsDemand is { } demand
            ? DemandCapacity(actual, actuals.Get(org, demand))
            : [];
        var plannedDemandCapacity = metric.MeetsDemand is { } plannedDemand
            ? DemandCapacity(plan, plans.Get(org, plannedDemand))
            : [];

        if (actual.LatestValue(reportingPeriod) is not { } latest)
        {
            return GapSet.None(org, metric) with { DemandCapacity = demandCapacity, PlannedDemandCapacity = plannedDemandCapacity };
        }

        var asAt = latest.Period;
        var up = Gap.HigherIsBetter(metric.Improvement);
        var planValue = plan.At(asAt);
        var month = planValue.HasValue
            ? Gap.Create(GapKind.PlanMonth, GapBasis.Month, asAt, asAt, latest.Value.Number, planValue.Number, up)
            : null;
        var target = targets.Target(org, metric.Id, asAt) is { } t
            ? Gap.Create(GapKind.Target, GapBasis.Month, asAt, asAt, latest.Value.Number, t, up)
            : null;
        var yearToDate = YearToDate(metric, asAt.FinancialYearStart, asAt, actual, plan, actuals.PartsOf(org, metric.Id), plans.PartsOf(org, metric.Id));

        return new GapSet(org, metric, asAt, month, yearToDate, target, demandCapacity, plannedDemandCapacity);
    }

    /// <summary>Actual against plan over [<paramref name="from"/>, <paramref name="to"/>] by the rule on the class.</summary>
    internal static Gap? YearToDate(
        Metric metric,
        Period from,
        Period to,
        MonthlySeries actual,
        MonthlySeries plan,
        RatioParts? actualParts,
        RatioParts? planParts)
    {
        var up = Gap.HigherIsBetter(metric.Improvement);
        if (metric.IsRatio && actualParts is not null && planParts is not null)
        {
            var scale = metric.Unit == Unit.Percent ? 100.0 : 1.0;
            return RatioOfSums(actualParts, from, to, scale) is { } a && RatioOfSums(planParts, from, to, scale) is { } p
                ? Gap.Create(GapKind.PlanYearToDate, GapBasis.RatioOfSums, from, to, a, p, up)
                : null;
        }

        var basis = !metric.IsRatio && metric.Aggregate == AggregateRule.Sum && metric.Unit is Unit.Count or Unit.Gbp
            ? GapBasis.Sum
            : GapBasis.Mean;
        return Total(actual, from, to, basis) is { } actualTotal && Total(plan, from, to, basis) is { } planTotal
            ? Gap.Create(GapKind.PlanYearToDate, basis, from, to, actualTotal, planTotal, up)
            : null;
    }

    private static double? Total(MonthlySeries series, Period from, Period to, GapBasis basis)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var point in series.Between(from, to))
        {
            if (!point.Value.HasValue)
            {
                return null;
            }

            sum += point.Value.Number;
            count++;
        }

        return basis == GapBasis.Mean ? sum / count : sum;
    }

    private static double? RatioOfSums(RatioParts parts, Period from, Period to, double scale)
    {
        if (Total(parts.Numerator, from, to, GapBasis.Sum) is not { } numerator ||
            Total(parts.Denominator, from, to, GapBasis.Sum) is not { } denominator ||
            denominator == 0)
        {
            return null;
        }

        return numerator / denominator * scale;
    }

    private static List<Gap> DemandCapacity(MonthlySeries capacity, MonthlySeries demand)
    {
        var gaps = new List<Gap>();
        foreach (var point in capacity)
        {
            var need = demand.At(point.Period);
            if (point.Value.HasValue && need.HasValue)
            {
                gaps.Add(Gap.Create(GapKind.DemandCapacity, GapBasis.Month, point.Period, point.Period, point.Value.Number, need.Number, higherIsBetter: true));
            }
        }

        return gaps;
    }
}
