using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse.Planning;

/// <summary>Who drives an ICB's gap, on worked examples.</summary>
public sealed class GapContributionTests
{
    private static readonly Metric FourHour = Metric("ae_4hr", Unit.Percent, numerator: "within", denominator: "attendances", target: 78);

    /// <remarks>
    /// Target 78%: shortfall = 0.78 × attendances − within.
    /// A 0.78 × 1000 − 700 = 80; B 0.78 × 500 − 450 = −60; C 0.78 × 250 − 150 = 45; D 0.78 × 200 − 190 = −34; E 78 − 80 = −2; F 78 − 60 = 18.
    /// Gross gap 80 + 45 + 18 = 143; net 143 − 96 = 47, which is the ICB's own: 0.78 × 2150 − 1630 = 1677 − 1630 = 47.
    /// Shares of the gross: A 80/143 = 0.5594, C 45/143 = 0.3147, cumulative 0.8741 ≥ 0.8: two trusts, 87% (rounded down).
    /// </remarks>
    [Fact]
    public void A_ratio_gap_is_each_trusts_numerator_shortfall_at_the_target_rate()
    {
        var gap = GapContributions.ForRatio(FourHour, new Period(2025, 6), 78,
            [("A", "Alpha", 700, 1000), ("B", "Beta", 450, 500), ("C", "Gamma", 150, 250), ("D", "Delta", 190, 200), ("E", "Epsilon", 80, 100), ("F", "Zeta", 60, 100)],
            "attendances over four hours beyond what 78% allows");

        Assert.Equal(["A", "C", "F", "E", "D", "B"], gap.Trusts.Select(t => t.Code));
        Assert.Equal([80, 45, 18, -2, -34, -60], gap.Trusts.Select(t => Math.Round(t.Contribution, 6)));
        Assert.Equal(143, gap.GrossGap, 6);
        Assert.Equal(47, gap.NetGap, 6);
        Assert.Equal(80.0 / 143, gap.Trusts[0].Share, 9);
        Assert.Equal(125.0 / 143, gap.Trusts[1].CumulativeShare, 9);
        Assert.Equal(0, gap.Trusts[^1].Share);
        Assert.Equal(2, gap.TrustsFor80);
        Assert.Equal("Two trusts account for 87% of the gap against 78.0% in June 2025: Alpha, Gamma. Between them the 3 trusts short have 143 attendances over four hours beyond what 78% allows; trusts doing better offset 96, leaving the ICB's net gap at 47.", gap.Headline);
    }

    /// <remarks>
    /// Breaches (lower is better), June 2025 against June 2024: X 100 → 120 (+20, adverse), Y 100 → 90 (−10), Z 100 → 130 (+30).
    /// Gross 50, net 40; Z 30/50 = 0.6, then X 0.4: cumulative 1.0, so two trusts, 100%.
    /// </remarks>
    [Fact]
    public void A_count_gap_is_each_trusts_share_of_the_adverse_change()
    {
        var gap = GapContributions.ForCount(Metric("breaches", improvement: Improvement.Decrease, decimals: 0), new Period(2025, 6),
            [("X", "Xray", 120, 100), ("Y", "Yankee", 90, 100), ("Z", "Zulu", 130, 100)], "more breaches than a year before");

        Assert.Equal(["Z", "X", "Y"], gap.Trusts.Select(t => t.Code));
        Assert.Equal(50, gap.GrossGap, 9);
        Assert.Equal(40, gap.NetGap, 9);
        Assert.Equal(0.6, gap.Trusts[0].Share, 9);
        Assert.Equal(2, gap.TrustsFor80);
        Assert.StartsWith("Two trusts account for 100% of the gap over the year in June 2025: Zulu, Xray.", gap.Headline, StringComparison.Ordinal);
    }

    /// <remarks>One trust 0.78 × 1000 − 500 = 280 of a gross 280 + 20 = 300: 280/300 = 0.933 ≥ 0.8, so one trust, 93%.</remarks>
    [Fact]
    public void One_dominant_trust_is_named_alone()
    {
        var gap = GapContributions.ForRatio(FourHour, new Period(2025, 6), 78, [("A", "Alpha", 500, 1000), ("B", "Beta", 58, 100)], "attendances");
        Assert.Equal(1, gap.TrustsFor80);
        Assert.StartsWith("One trust accounts for 93% of the gap", gap.Headline, StringComparison.Ordinal);
    }

    /// <remarks>A 0.75 × 100 − 65 = 10 short; B 0.75 × 200 − 170 = −20 better: net −10, so the ICB as a whole meets 75%.</remarks>
    [Fact]
    public void An_ICB_that_meets_the_target_is_not_said_to_have_a_gap()
    {
        var gap = GapContributions.ForRatio(FourHour, new Period(2025, 3), 75, [("A", "Alpha", 65, 100), ("B", "Beta", 170, 200)], "fewer treated than 75.0% needs");
        Assert.Equal(-10, gap.NetGap, 9);
        Assert.Equal("In March 2025 the ICB as a whole meets 75.0%: the trusts doing better offset the 10 fewer treated than 75.0% needs of the trusts short (Alpha), with 10 to spare.", gap.Headline);
    }

    [Fact]
    public void No_trust_short_means_no_gap_to_share()
    {
        var gap = GapContributions.ForRatio(FourHour, new Period(2025, 6), 78, [("A", "Alpha", 900, 1000)], "attendances");
        Assert.Equal(0, gap.TrustsFor80);
        Assert.Equal("In June 2025 every trust with figures meets 78.0%: there is no gap to share.", gap.Headline);
    }
}
