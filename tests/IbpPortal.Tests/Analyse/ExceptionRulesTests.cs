using System.Globalization;
using System.Text;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

/// <summary>
/// The exception rules on hand-built series, run through the real SPC calculator.
/// </summary>
/// <remarks>
/// Worked by hand. Twenty months alternating 90, 91 (starting Jan 2018): mean 90.5, every moving range 1, AMR 1,
/// limits 90.5 ± 2.66 = 87.84 to 93.16; no point on or beyond a limit, no run of 7 on one side, no trend.
/// Adding a 21st month of 80: mean 1890/21 = 90.0; moving ranges nineteen 1s and one 11, AMR 30/20 = 1.5,
/// 11 ≥ 3.267 × 1.5 = 4.90 is screened, AMR 1, limits 87.34 to 92.66; 80 is below the lower limit: concern.
/// A target of 95 is above the upper limit of an increase measure: consistently fails. A target of 91 sits between: hit and miss.
/// </remarks>
public class ExceptionRulesTests
{
    private static string Alternating(string org, string metric, int months, double a, double b, double? last = null)
    {
        var text = new StringBuilder();
        for (int i = 0; i < months; i++)
        {
            var period = new DateOnly(2018, 1, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            double value = i == months - 1 && last is { } l ? l : (i % 2 == 0 ? a : b);
            text.Append(CultureInfo.InvariantCulture, $"{org},{metric},{period},{value}\n");
        }
        return text.ToString();
    }

    private static ExceptionReview Review(PlanData data, string period = "2019-09")
    {
        var model = Analyser.Analyse(data, P(period), SpcOptions.Default, SpcCalculator.Calculate);
        return ExceptionReview.Of(model.Scorecard("T"), m => model.Spc("T", m), _ => MeasureHistory.None);
    }

    [Fact]
    public void Concern_beyond_a_limit_and_a_failing_target_rank_first_with_both_reasons()
    {
        var data = PlanOf([Trust("T", null)],
            [Metric("rtt", unit: Unit.Percent, target: 95), Metric("flow", unit: Unit.Percent, target: 91), Metric("calm", unit: Unit.Percent)],
            actuals: Alternating("T", "rtt", 21, 90, 91, last: 80) + Alternating("T", "flow", 21, 90, 91) + Alternating("T", "calm", 21, 90, 91));

        var review = Review(data);

        Assert.Equal(["rtt", "flow"], review.Exceptions.Select(e => e.Metric.Id));
        var rtt = review.Exceptions[0];
        Assert.Equal([ExceptionReason.SpecialCauseConcern, ExceptionReason.FailsTarget], rtt.Reasons);
        Assert.Equal(8, rtt.Severity);
        Assert.Equal([P("2019-09")], rtt.ConcernMonths);
        Assert.Equal([ExceptionReason.HitAndMissTarget], review.Exceptions[1].Reasons);
        Assert.Null(review.ExceptionFor("calm"));
    }

    [Fact]
    public void Matrix_places_each_measure_by_its_variation_and_assurance()
    {
        var data = PlanOf([Trust("T", null)],
            [Metric("rtt", unit: Unit.Percent, target: 95), Metric("flow", unit: Unit.Percent, target: 91), Metric("calm", unit: Unit.Percent),
             Metric("falls", unit: Unit.Rate, improvement: Improvement.Decrease)],
            actuals: Alternating("T", "rtt", 21, 90, 91, last: 80) + Alternating("T", "flow", 21, 90, 91) + Alternating("T", "calm", 21, 90, 91)
                + Alternating("T", "falls", 21, 90, 91, last: 80));

        var matrix = Review(data).Matrix;

        Assert.Equal(["rtt"], matrix.Cell(MatrixVariation.Concern, MatrixAssurance.Fail).Select(r => r.Metric.Id));
        Assert.Equal(["flow"], matrix.Cell(MatrixVariation.CommonCause, MatrixAssurance.HitAndMiss).Select(r => r.Metric.Id));
        Assert.Equal(["calm"], matrix.Cell(MatrixVariation.CommonCause, MatrixAssurance.NoTarget).Select(r => r.Metric.Id));
        Assert.Equal(["falls"], matrix.Cell(MatrixVariation.Improvement, MatrixAssurance.NoTarget).Select(r => r.Metric.Id));
        Assert.Equal(4, matrix.Count);
    }

    [Fact]
    public void A_fall_on_a_decrease_measure_is_an_improvement_not_an_exception()
    {
        var data = PlanOf([Trust("T", null)], [Metric("falls", unit: Unit.Rate, improvement: Improvement.Decrease)],
            actuals: Alternating("T", "falls", 21, 90, 91, last: 80));

        var review = Review(data);

        Assert.Empty(review.Exceptions);
        var improvement = Assert.Single(review.Improvements);
        Assert.Equal([ImprovementReason.SpecialCauseImprovement], improvement.Reasons);
    }

    [Theory]
    [InlineData(110.0, 5.0, true)]   // 100 against 110: 10/110 = 9.09% adverse, beyond 5%
    [InlineData(103.0, 5.0, false)]  // 3/103 = 2.91%, within 5%
    [InlineData(110.0, null, false)] // no tolerance declared: never off plan
    [InlineData(95.0, 1.0, false)]   // 5 above plan on an increase measure: favourable
    public void Off_plan_only_beyond_the_declared_tolerance_and_only_when_adverse(double plan, double? tolerance, bool offPlan)
    {
        var metric = Metric("elective") with { PlanTolerance = tolerance };
        var data = PlanOf([Trust("T", null)], [metric],
            actuals: Alternating("T", "elective", 21, 101, 100, last: 100),
            plans: $"T,elective,2019-09,{plan.ToString(CultureInfo.InvariantCulture)}");

        var finding = Review(data).ExceptionFor("elective");

        Assert.Equal(offPlan, finding is not null && finding.Has(ExceptionReason.OffPlan));
        if (offPlan)
        {
            Assert.Equal(10.0 / 110 * 100, finding!.PlanShortfallPercent!.Value, 6);
        }
    }

    private static ScorecardRow Row(int? quartile, AssuranceIcon assurance = AssuranceIcon.None, bool judgement = true) => new(
        Metric("m"), P("2019-09"), DataValue.Of(1), DataValue.Missing, null, null, VariationIcon.CommonCause, assurance,
        false, 7, 12, quartile, judgement);

    private static readonly SpcResult Quiet = new([], [], VariationIcon.CommonCause, AssuranceIcon.None, false);

    [Theory]
    [InlineData(2, 3, true)]   // from the second quarter to the third: fell
    [InlineData(3, 2, false)]  // rose
    [InlineData(2, 2, false)]
    [InlineData(null, 3, false)] // no previous edition
    public void Falling_a_quartile_since_the_last_edition_is_an_exception(int? before, int? now, bool fell)
    {
        var finding = ExceptionRules.Exception(Row(now), Quiet, new MeasureHistory(before, null));

        Assert.Equal(fell, finding?.Has(ExceptionReason.FellQuartile) ?? false);
    }

    [Fact]
    public void A_neutral_measures_quartile_move_is_not_a_fall()
    {
        Assert.Null(ExceptionRules.Exception(Row(4, judgement: false), Quiet, new MeasureHistory(1, null)));
    }

    [Theory]
    [InlineData(AssuranceIcon.Fail, true)]
    [InlineData(AssuranceIcon.HitAndMiss, true)]
    [InlineData(AssuranceIcon.Pass, false)]
    [InlineData(null, false)]
    public void A_target_newly_met_is_an_improvement(AssuranceIcon? before, bool newlyMet)
    {
        var finding = ExceptionRules.Improvement(Row(null, AssuranceIcon.Pass), new MeasureHistory(null, before));

        Assert.Equal(newlyMet, finding?.Reasons.Contains(ImprovementReason.TargetNewlyMet) ?? false);
    }

    /// <remarks>
    /// Worked by hand. FTE days lost ("lost", a count that should fall) alternates 50, 51 for twenty months, then 80;
    /// days available ("avail") stay at 1,000, so the rate alternates 5.0%, 5.1%, then 8.0%. Lost: mean 1090/21 = 51.90,
    /// nineteen moving ranges of 1 and one of 29, AMR 48/20 = 2.4, the 29 ≥ 3.267 × 2.4 = 7.84 is screened, AMR 1, upper
    /// limit 54.56: 80 is above it, concern. The rate is the same series divided by ten: concern at 8.0% (upper limit 5.46%).
    /// The count only makes up the rate, so the board judges it through the rate: one exception, the rate's.
    /// </remarks>
    [Fact]
    public void A_count_that_only_makes_up_a_rate_is_judged_through_the_rate()
    {
        var data = PlanOf([Trust("T", null)],
            [Metric("lost", improvement: Improvement.Decrease), Metric("avail", improvement: Improvement.Neutral),
             Metric("rate", unit: Unit.Percent, improvement: Improvement.Decrease, numerator: "lost", denominator: "avail")],
            actuals: Alternating("T", "lost", 21, 50, 51, last: 80) + Alternating("T", "avail", 21, 1000, 1000));

        var review = Review(data);

        var only = Assert.Single(review.Exceptions);
        Assert.Equal("rate", only.Metric.Id);
        Assert.Equal([ExceptionReason.SpecialCauseConcern], only.Reasons);
        Assert.Equal(["lost"], review.Matrix.PartsOfRates.Select(r => r.Metric.Id));
        Assert.DoesNotContain("lost", SummaryMatrix.Variations.SelectMany(v => SummaryMatrix.Assurances.SelectMany(a => review.Matrix.Cell(v, a))).Select(r => r.Metric.Id));
        Assert.Equal(["rate"], review.Matrix.Cell(MatrixVariation.Concern, MatrixAssurance.NoTarget).Select(r => r.Metric.Id));
    }

    /// <remarks>
    /// Worked by hand with the series of the class remarks (limits 87.34 to 92.66, last point 80 below the lower limit:
    /// concern) for "breaches" (a count with no target or plan), "waits" (a percentage with no target) and "rtt" (a
    /// percentage whose target, 91, lies between the limits: hit and miss). Severities: rtt concern 4 + hit and miss 1
    /// = 5; waits concern 4; breaches concern on a bare volume 2. So the count ranks last.
    /// </remarks>
    [Fact]
    public void Concern_on_a_count_with_no_target_or_plan_ranks_after_rates()
    {
        var data = PlanOf([Trust("T", null)],
            [Metric("breaches"), Metric("waits", unit: Unit.Percent), Metric("rtt", unit: Unit.Percent, target: 91)],
            actuals: Alternating("T", "breaches", 21, 90, 91, last: 80) + Alternating("T", "waits", 21, 90, 91, last: 80)
                + Alternating("T", "rtt", 21, 90, 91, last: 80));

        var review = Review(data);

        Assert.Equal(["rtt", "waits", "breaches"], review.Exceptions.Select(e => e.Metric.Id));
        Assert.Equal([5, 4, ExceptionRules.VolumeConcernWeight], review.Exceptions.Select(e => e.Severity));
    }

    /// <remarks>
    /// Equal severity (4 each): "calm" concern with no target; "rtt" (21 months of 90, 91, …, 90: mean 1900/21 = 90.48,
    /// AMR 1, limits 87.82 to 93.14) fails its target of 95, above the upper limit, with no signal. The one with a target
    /// comes first, although it is later in the scorecard.
    /// </remarks>
    [Fact]
    public void Among_equally_severe_exceptions_a_measure_with_a_target_comes_first()
    {
        var data = PlanOf([Trust("T", null)],
            [Metric("calm", unit: Unit.Percent), Metric("rtt", unit: Unit.Percent, target: 95)],
            actuals: Alternating("T", "calm", 21, 90, 91, last: 80) + Alternating("T", "rtt", 21, 90, 91));

        var review = Review(data);

        Assert.Equal(["rtt", "calm"], review.Exceptions.Select(e => e.Metric.Id));
        Assert.All(review.Exceptions, e => Assert.Equal(4, e.Severity));
    }
}
