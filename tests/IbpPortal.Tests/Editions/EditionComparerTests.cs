using IbpPortal.Analyse.Spc;
using IbpPortal.Editions;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Tests.Editions;

public sealed class EditionComparerTests
{
    private static EditionRecord Record(Period period, AssuranceIcon assurance, double june) => new(period, false, DataFingerprint.None,
    [
        new EditionSeries("RA1", "ae_4hr", period, VariationIcon.CommonCause, assurance, 3, 10, 2,
        [
            new EditionPoint(new Period(2019, 6), DataValue.Of(june), SpecialCause.None, SpcRule.None, 3, 2),
            new EditionPoint(new Period(2019, 7), DataValue.Suppressed, SpecialCause.None, SpcRule.None, null, null),
        ]),
    ]);

    [Fact]
    public void Assurance_that_moves_from_hit_and_miss_to_consistently_fails_is_listed()
    {
        var changes = EditionComparer.Compare(Record(new Period(2019, 7), AssuranceIcon.HitAndMiss, 90), Record(new Period(2019, 8), AssuranceIcon.Fail, 90)).For("RA1");
        var move = Assert.Single(changes.AssuranceMoves);
        Assert.Equal((AssuranceIcon.HitAndMiss, AssuranceIcon.Fail), (move.From, move.To));
        Assert.Empty(changes.Restated);
        Assert.Empty(changes.RankMoves);
        Assert.Equal(new Period(2019, 7), changes.PreviousPeriod);
    }

    [Fact]
    public void A_changed_value_is_restated_but_an_unchanged_absent_value_is_not()
    {
        var changes = EditionComparer.Compare(Record(new Period(2019, 7), AssuranceIcon.Pass, 90), Record(new Period(2019, 8), AssuranceIcon.Pass, 91.5)).For("RA1");
        var restated = Assert.Single(changes.Restated);
        Assert.Equal((90.0, 91.5), (restated.Old.Number, restated.New.Number));
    }

    [Fact]
    public void Without_a_previous_edition_nothing_is_compared()
    {
        var changes = EditionComparer.Compare(null, Record(new Period(2019, 8), AssuranceIcon.Pass, 90)).For("RA1");
        Assert.False(changes.HasPrevious);
        Assert.Equal(0, changes.Count);
    }
}
