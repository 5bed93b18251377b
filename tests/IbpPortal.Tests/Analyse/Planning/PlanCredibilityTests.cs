using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse.Planning;

/// <summary>Plan credibility on worked examples.</summary>
/// <remarks>
/// Increase measure (four-hour %): current process mean 70, limits 66 to 74 (width 8), own best 76 (January 2022), best acute trust
/// in England 95. Own best + width = 76 + 8 = 84. So 68 and 72 are within (72 between the mean and the upper limit), 74 is on the
/// limit (within), 78 &gt; 74 needs a better process, 85 &gt; 84 is beyond the own best by more than the width, 96 &gt; 95 is beyond England's best.
/// Decrease measure: mean 10, limits 6 to 14 (width 8), own best 5: own best − width = −3. 5 &lt; 6 needs a better process; −4 &lt; −3 is beyond anything seen.
/// </remarks>
public sealed class PlanCredibilityTests
{
    private static readonly Metric FourHour = Metric("ae_4hr", Unit.Percent, target: 78, name: "Four-hour A&E performance");
    private static readonly Metric Waits = Metric("waits", Unit.Count, Improvement.Decrease, decimals: 0);

    private static readonly ProcessLevel Up = new(70, 74, 66, new Period(2025, 6), 76, new Period(2022, 1), 95, "RXX, May 2024", "120 acute trusts in England");
    private static readonly ProcessLevel Down = new(10, 14, 6, new Period(2025, 6), 5, new Period(2023, 2));

    [Theory]
    [InlineData(68, CredibilityVerdict.WithinProcess)]
    [InlineData(72, CredibilityVerdict.WithinProcess)]
    [InlineData(74, CredibilityVerdict.WithinProcess)]
    [InlineData(78, CredibilityVerdict.NeedsBetterProcess)]
    [InlineData(84, CredibilityVerdict.NeedsBetterProcess)]
    [InlineData(85, CredibilityVerdict.BeyondAnythingSeen)]
    [InlineData(96, CredibilityVerdict.BeyondAnythingSeen)]
    public void An_increase_plan_is_judged_against_the_limits_the_own_best_and_Englands_best(double plan, CredibilityVerdict expected) =>
        Assert.Equal(expected, PlanCredibility.Judge(plan, Up, Improvement.Increase));

    [Theory]
    [InlineData(12, CredibilityVerdict.WithinProcess)]
    [InlineData(6, CredibilityVerdict.WithinProcess)]
    [InlineData(5, CredibilityVerdict.NeedsBetterProcess)]
    [InlineData(-3, CredibilityVerdict.NeedsBetterProcess)]
    [InlineData(-4, CredibilityVerdict.BeyondAnythingSeen)]
    public void A_decrease_plan_is_judged_in_the_mirror(double plan, CredibilityVerdict expected) =>
        Assert.Equal(expected, PlanCredibility.Judge(plan, Down, Improvement.Decrease));

    [Fact]
    public void Each_planned_month_after_the_latest_actual_gets_a_sentence_with_its_numbers()
    {
        var months = PlanCredibility.Judge(FourHour, Up, [(new Period(2025, 6), 90), (new Period(2025, 9), 72), (new Period(2026, 3), 78), (new Period(2026, 2), 96)], "plan");

        // June 2025 is the latest actual, so it is not judged; the rest come in month order.
        Assert.Equal([new Period(2025, 9), new Period(2026, 2), new Period(2026, 3)], months.Select(m => m.Period));
        Assert.Equal("The September 2025 plan of 72.0% lies between the mean (70.0%) and the upper process limit (74.0%): the current process meets it in some months but not reliably.", months[0].Sentence);
        Assert.Equal("The February 2026 plan of 96.0% is beyond anything seen: higher than the best month of any of the 120 acute trusts in England in the national data (95.0%, RXX, May 2024).", months[1].Sentence);
        Assert.Equal("The March 2026 plan of 78.0% lies above the upper process limit (74.0%): meeting it needs a change in the process.", months[2].Sentence);
    }

    [Fact]
    public void Beyond_the_own_best_names_the_best_month_and_the_process_width()
    {
        var month = Assert.Single(PlanCredibility.Judge(FourHour, Up, [(new Period(2026, 3), 85)], "trajectory"));
        Assert.Equal("The March 2026 trajectory of 85.0% is beyond anything seen: higher than this organisation's own best month (76.0%, January 2022) by more than the width of its process limits (8.0 pp).", month.Sentence);
    }

    [Fact]
    public void A_neutral_measure_is_not_judged() =>
        Assert.Empty(PlanCredibility.Judge(Metric("a", improvement: Improvement.Neutral), Up, [(new Period(2026, 3), 85)], "plan"));

    /// <remarks>
    /// History January 2024 to March 2025 (15 months). The only pair of three-month runs twelve months apart with all six months is
    /// January–March 2024 (60, 61, 62: mean 61) and January–March 2025 (66, 67, 68: mean 67): (67 − 61) ÷ 12 = 0.5 a month.
    /// Current mean 67, latest actual March 2025, plan of 79 in March 2026: (79 − 67) ÷ 12 months = 1.0 a month, twice the best.
    /// </remarks>
    [Fact]
    public void The_pace_a_plan_needs_is_set_against_the_best_year_of_improvement()
    {
        var history = new List<(Period, double)>();
        double[] values = [60, 61, 62, 63, 63, 64, 64, 65, 65, 66, 66, 66, 66, 67, 68];
        for (var i = 0; i < values.Length; i++)
        {
            history.Add((new Period(2024, 1).AddMonths(i), values[i]));
        }

        var best = PlanCredibility.BestSustainedRate(history, Improvement.Increase);
        Assert.NotNull(best);
        Assert.Equal(0.5, best.PerMonth, 9);
        Assert.Equal(new Period(2025, 3), best.ToEnd);

        var process = new ProcessLevel(67, 71, 63, new Period(2025, 3));
        var pace = PlanCredibility.Pace(FourHour, process, [(new Period(2025, 12), 75), (new Period(2026, 3), 79)], history);
        Assert.NotNull(pace);
        Assert.Equal(12, pace.Months);
        Assert.Equal(1.0, pace.NeededPerMonth, 9);
        Assert.True(pace.FasterThanEverSustained);
        Assert.Equal("Reaching the March 2026 plan of 79.0% from the current mean of 67.0% needs an improvement of 1.00 pp a month for 12 months: faster than it has ever sustained; the best sustained rate this organisation has shown is 0.50 pp a month (the year to March 2025).", pace.Sentence);

        // The same history read as a measure where lower is better never improved: −0.5 a month.
        Assert.Equal(-0.5, PlanCredibility.BestSustainedRate(history, Improvement.Decrease)!.PerMonth, 9);
    }

    [Fact]
    public void Fewer_than_fifteen_months_give_no_sustained_rate() =>
        Assert.Null(PlanCredibility.BestSustainedRate([.. Enumerable.Range(0, 14).Select(i => (new Period(2024, 1).AddMonths(i), (double)i))], Improvement.Increase));
}
