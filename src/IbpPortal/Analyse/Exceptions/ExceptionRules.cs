using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Exceptions;

/// <summary>The rules that pick a board's exceptions and improvements from a measure's scorecard line, SPC chart and last edition.</summary>
/// <remarks>
/// Pure. A measure is an exception when its current segment shows special-cause concern (the latest point, or any of
/// the segment's last <see cref="RecentMonths"/> points), when the assurance icon says the target will fail or be hit
/// and miss, when it is adverse to plan by more than its declared <see cref="Metric.PlanTolerance"/> (percent of the
/// plan), or when its quartile is worse than the last edition's. Severity is the sum of <see cref="Weight(ExceptionReason, ScorecardRow)"/>, except
/// that concern on a volume with neither target nor plan weighs <see cref="VolumeConcernWeight"/>: a rising count can be
/// growth in activity rather than worse care, and it has no standard to fail, so it ranks after rates and measures
/// with a target. A count that is only the numerator of a rate the board is shown (FTE days lost beside the sickness
/// absence rate) is judged through that rate: see <see cref="PartsOfRates"/>.
/// </remarks>
public static class ExceptionRules
{
    /// <summary>How many of the current segment's latest points count as "current" for a concern signal.</summary>
    public const int RecentMonths = 3;

    /// <summary>How much each reason adds to an exception's severity.</summary>
    /// <remarks>Concern and a failing target weigh most (the board must act); hit and miss and a quartile fall least.</remarks>
    public static int Weight(ExceptionReason reason) => reason switch
    {
        ExceptionReason.SpecialCauseConcern => 4,
        ExceptionReason.FailsTarget => 4,
        ExceptionReason.OffPlan => 2,
        ExceptionReason.HitAndMissTarget => 1,
        ExceptionReason.FellQuartile => 1,
        _ => 0,
    };

    /// <summary>The weight of special-cause concern on a volume (count, £ or WTE) with no target and no plan.</summary>
    public const int VolumeConcernWeight = 2;

    /// <summary>How much a reason adds to this measure's severity: <see cref="Weight(ExceptionReason)"/>, less for concern on a volume with nothing to judge it against.</summary>
    public static int Weight(ExceptionReason reason, ScorecardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return reason == ExceptionReason.SpecialCauseConcern && IsBareVolume(row) ? VolumeConcernWeight : Weight(reason);
    }

    /// <summary>True for a volume with no target and no plan: its size can be judged only against its own past.</summary>
    public static bool IsBareVolume(ScorecardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Metric.IsVolume && row.Target is null && !row.Plan.HasValue;
    }

    /// <summary>
    /// The ids of counts that are the numerator of a ratio measure with a latest value in <paramref name="rows"/>, and have
    /// no target of their own: the board judges them through the rate (the rate's chart already shows their change), so
    /// they are neither exceptions, improvements nor placed in the summary matrix. They keep their charts in the pack.
    /// </summary>
    public static IReadOnlySet<string> PartsOfRates(IReadOnlyList<ScorecardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var numerators = rows.Where(r => r.Latest.HasValue && r.Metric.IsRatio).Select(r => r.Metric.Numerator!).ToHashSet(StringComparer.Ordinal);
        return rows.Where(r => numerators.Contains(r.Metric.Id) && r.Metric.IsVolume && r.Target is null)
            .Select(r => r.Metric.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The measure's exception, or null when no rule applies.</summary>
    public static ExceptionFinding? Exception(ScorecardRow row, SpcResult spc, MeasureHistory history)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(spc);
        ArgumentNullException.ThrowIfNull(history);
        if (!row.Latest.HasValue)
        {
            return null;
        }

        var reasons = new List<ExceptionReason>();
        var concernMonths = ConcernMonths(spc);
        if (row.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow || concernMonths.Count > 0)
        {
            reasons.Add(ExceptionReason.SpecialCauseConcern);
        }

        if (row.Assurance == AssuranceIcon.Fail)
        {
            reasons.Add(ExceptionReason.FailsTarget);
        }

        if (row.Assurance == AssuranceIcon.HitAndMiss)
        {
            reasons.Add(ExceptionReason.HitAndMissTarget);
        }

        var shortfall = PlanShortfall(row);
        if (shortfall is not null)
        {
            reasons.Add(ExceptionReason.OffPlan);
        }

        if (row.RankIsJudgement && history.PreviousQuartile is { } before && row.Quartile is { } now && now > before)
        {
            reasons.Add(ExceptionReason.FellQuartile);
        }

        if (reasons.Count == 0)
        {
            return null;
        }

        var ordered = reasons.OrderByDescending(r => Weight(r, row)).ThenBy(r => r).ToList();
        return new ExceptionFinding(row, ordered, ordered.Sum(r => Weight(r, row)), concernMonths, shortfall);
    }

    /// <summary>The measure's improvement, or null when it shows none.</summary>
    public static ImprovementFinding? Improvement(ScorecardRow row, MeasureHistory history)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(history);
        if (!row.Latest.HasValue)
        {
            return null;
        }

        var reasons = new List<ImprovementReason>();
        if (row.Variation is VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow)
        {
            reasons.Add(ImprovementReason.SpecialCauseImprovement);
        }

        if (row.Assurance == AssuranceIcon.Pass && history.PreviousAssurance is AssuranceIcon.Fail or AssuranceIcon.HitAndMiss)
        {
            reasons.Add(ImprovementReason.TargetNewlyMet);
        }

        return reasons.Count == 0 ? null : new ImprovementFinding(row, reasons);
    }

    /// <summary>Months among the current segment's last <see cref="RecentMonths"/> points flagged special-cause concern.</summary>
    public static IReadOnlyList<Period> ConcernMonths(SpcResult spc)
    {
        ArgumentNullException.ThrowIfNull(spc);
        if (spc.Points.Count == 0)
        {
            return [];
        }

        var segment = spc.Points[^1].Segment;
        return [.. spc.Points.Where(p => p.Segment == segment && p.Value.HasValue)
            .TakeLast(RecentMonths)
            .Where(p => p.SpecialCause == SpecialCause.Concern)
            .Select(p => p.Period)];
    }

    /// <summary>How far adverse to plan the latest month is, in percent of the plan, when beyond the declared tolerance; else null.</summary>
    public static double? PlanShortfall(ScorecardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Metric.PlanTolerance is not { } tolerance || row.Variance is not { Direction: GapDirection.Adverse } gap || gap.Comparator == 0)
        {
            return null;
        }

        var percent = Math.Abs(gap.Size) / Math.Abs(gap.Comparator) * 100.0;
        return percent > tolerance ? percent : null;
    }
}
