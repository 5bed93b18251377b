using System.Globalization;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Tests.Spc;

public class SpcRealDataTests
{
    private const double Tolerance = 1e-6;

    /// <summary>
    /// Type 1 A&amp;E four-hour breaches at RRK (University Hospitals Birmingham), April 2016 to March 2019.
    /// From <c>ae_attendances</c> in nhs-r-community/NHSRdatasets (commit 7fe35a54), NHS England A&amp;E waiting
    /// times and activity statistics; contains public sector information licensed under the Open Government
    /// Licence v3.0. The step in July 2018 is in the published figures.
    /// </summary>
    private const string RrkType1Breaches = """
        period,value
        2016-04,1195
        2016-05,1843
        2016-06,1397
        2016-07,1333
        2016-08,1771
        2016-09,1751
        2016-10,2013
        2016-11,1759
        2016-12,2179
        2017-01,2585
        2017-02,1654
        2017-03,1543
        2017-04,1632
        2017-05,1558
        2017-06,1190
        2017-07,1357
        2017-08,1279
        2017-09,1683
        2017-10,2190
        2017-11,1804
        2017-12,986
        2018-01,2181
        2018-02,2048
        2018-03,2154
        2018-04,1759
        2018-05,1637
        2018-06,1488
        2018-07,6499
        2018-08,5983
        2018-09,6599
        2018-10,7089
        2018-11,8120
        2018-12,8981
        2019-01,12502
        2019-02,11376
        2019-03,10670
        """;

    [Fact]
    public void Whole_series_matches_an_independent_calculation()
    {
        // python3: x = the 36 values; mean = sum(x)/36; mr = [abs(b - a) for a, b in zip(x, x[1:])];
        // amr = sum(mr)/35 = 653.4; kept = [m for m in mr if m < 3.267*amr] (33 of 35);
        // amr = sum(kept)/33 = 434.45454545; mean ± 2.66*amr.
        //   -> mean 3438.5555556, AMR 434.4545455, UPL 4594.2046465, LPL 2282.9064646
        var result = SpcCalculator.Calculate(Load(), Improvement.Decrease, [], SpcOptions.Default);
        var segment = result.Segments.Single();

        Assert.Equal(3438.5555556, segment.Mean!.Value, Tolerance);
        Assert.Equal(434.45454545, segment.AverageMovingRange!.Value, Tolerance);
        Assert.Equal(4594.2046465, segment.Upl!.Value, Tolerance);
        Assert.Equal(2282.9064646, segment.Lpl!.Value, Tolerance);
        Assert.False(result.ShortSeries);

        // Every month but January 2017 (2585) lies outside these limits; the latest (10670) is above: fewer
        // breaches is better, so concern.
        Assert.Equal(35, result.Points.Count(p => p.Rule == SpcRule.OutsideLimits));
        Assert.Equal(SpcRule.Shift, result.Points.Single(p => p.Period == new Period(2017, 1)).Rule);
        Assert.Equal(VariationIcon.ConcernHigh, result.Variation);
    }

    [Fact]
    public void Rebased_at_the_step_each_segment_matches_an_independent_calculation()
    {
        // The same python on x[:27] (Apr 2016 – Jun 2018) and x[27:] (Jul 2018 – Mar 2019):
        //   before: mean 1702.5555556, AMR 311.84 (25 of 26 kept), UPL 2532.0499556, LPL 873.0611556
        //   after:  mean 8646.5555556, AMR 1108.375 (8 of 8 kept), UPL 11594.8330556, LPL 5698.2780556
        // Before: Jan 2017 (2585) is above the UPL; Feb–Sep 2017 are eight months below the mean (a shift,
        // an improvement for breaches). After: Jan 2019 (12502) is above the UPL; nine values, unreliable.
        var result = SpcCalculator.Calculate(Load(), Improvement.Decrease, [new Period(2018, 7)], SpcOptions.Default);
        var (before, after) = (result.Segments[0], result.Segments[1]);

        Assert.Equal((27, 9), (before.ValueCount, after.ValueCount));
        Assert.Equal(1702.5555556, before.Mean!.Value, Tolerance);
        Assert.Equal(311.84, before.AverageMovingRange!.Value, Tolerance);
        Assert.Equal(2532.0499556, before.Upl!.Value, Tolerance);
        Assert.Equal(873.0611556, before.Lpl!.Value, Tolerance);
        Assert.Equal(8646.5555556, after.Mean!.Value, Tolerance);
        Assert.Equal(11594.8330556, after.Upl!.Value, Tolerance);
        Assert.Equal(5698.2780556, after.Lpl!.Value, Tolerance);

        Assert.Equal(
            [new Period(2017, 1), new Period(2019, 1)],
            result.Points.Where(p => p.Rule == SpcRule.OutsideLimits).Select(p => p.Period));
        Assert.All(
            result.Points.Where(p => p.Period >= new Period(2017, 2) && p.Period <= new Period(2017, 9)),
            p => Assert.Equal((SpcRule.Shift, SpecialCause.Improvement), (p.Rule, p.SpecialCause)));
        Assert.Equal(SpecialCause.Concern, result.Points.Single(p => p.Period == new Period(2019, 1)).SpecialCause);
        Assert.True(result.ShortSeries);
    }

    private static SpcInputPoint[] Load() =>
        [.. RrkType1Breaches.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new SpcInputPoint(Period.Parse(f[0]), DataValue.Of(double.Parse(f[1], CultureInfo.InvariantCulture))))];
}
