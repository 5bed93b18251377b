using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

/// <summary>The <c>england</c> benchmarking scope: portal and context providers ranked together, independent and non-acute left out.</summary>
public sealed class EnglandBenchmarkTests
{
    private static readonly Metric Occupancy =
        Metric("ga_occupancy", Unit.Percent, Improvement.Decrease, AggregateRule.None, "ga_beds_occupied", "ga_beds_available");

    [Fact]
    public void Portal_and_context_acute_trusts_are_ranked_together_and_others_are_left_out()
    {
        // Occupancy (occupied ÷ available × 100), by hand: RAE 90, RR8 95, R1H 80, RJ1 85, RJZ 92, R0A 99 (six acute trusts);
        // NT4 (independent) 10 and RX3 (mental health) 50 would rank first if they counted. Lower is better:
        // 80, 85, 90, 92, 95, 99 -> RAE is 3rd of 6; median (90 + 92) / 2 = 91; QUARTILE.INC 25% is position 1.25:
        // 85 + 0.25 × 5 = 86.25; 75% is position 3.75: 92 + 0.75 × 3 = 94.25.
        var data = PlanOf(
            [Icb("QWO"), Trust("RAE", "QWO", "Medium acute"), Trust("RR8", "QWO", "Large acute")],
            [Metric("ga_beds_available"), Metric("ga_beds_occupied"), Occupancy],
            Beds("RAE", 90) + Beds("RR8", 95)) with
        {
            ContextOrganisations =
            [
                Context("R1H", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("RJ1", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("RJZ", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("R0A", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("NT4", ContextOrganisation.Independent, string.Empty),
                Context("RX3", ContextOrganisation.NhsTrust, ContextOrganisation.NonAcute),
            ],
            ContextActuals = Rows(Beds("R1H", 80) + Beds("RJ1", 85) + Beds("RJZ", 92) + Beds("R0A", 99) + Beds("NT4", 10) + Beds("RX3", 50)),
        };

        var entries = EnglandScope.AcuteTrustFigures(data, Occupancy, P("2024-09"));
        Assert.Equal(["R0A", "R1H", "RAE", "RJ1", "RJZ", "RR8"], entries.Select(e => e.Code).Order(StringComparer.Ordinal));
        var rae = EnglandBenchmark.Compare(Occupancy, P("2024-09"), "RAE", EnglandScope.AcuteTrusts, entries);
        Assert.Equal((6, 3), (rae.Count, rae.Rank));
        Assert.Equal(91, rae.Median!.Value, 9);
        Assert.Equal(86.25, rae.LowerQuartile!.Value, 9);
        Assert.Equal(94.25, rae.UpperQuartile!.Value, 9);
        Assert.Equal("rank 3 of 6 acute trusts in England", rae.Sentence);
    }

    [Fact]
    public void Rank_is_withheld_for_volumes_and_for_fewer_than_five_providers()
    {
        var volume = Metric("ga_beds_available", improvement: Improvement.Neutral);
        var entries = Enumerable.Range(1, 6).Select(i => new EnglandEntry($"R{i}A", "Trust", i == 1, DataValue.Of(i * 100))).ToList();
        Assert.Null(EnglandBenchmark.Compare(volume, P("2024-09"), "R1A", EnglandScope.AcuteTrusts, entries).Rank);
        Assert.Equal("6 acute trusts in England", EnglandBenchmark.Compare(volume, P("2024-09"), "R1A", EnglandScope.AcuteTrusts, entries).Sentence);
        Assert.Null(EnglandBenchmark.Compare(Occupancy, P("2024-09"), "R1A", EnglandScope.AcuteTrusts, entries.Take(4).ToList()).Rank);
        Assert.Equal(1, EnglandBenchmark.Compare(Occupancy, P("2024-09"), "R1A", EnglandScope.AcuteTrusts, entries.Take(5).ToList()).Rank);
    }

    private static string Beds(string org, double occupied) => $"{org},ga_beds_available,2024-09,100\n{org},ga_beds_occupied,2024-09,{occupied}\n";

    private static ContextOrganisation Context(string code, string type, string sector) => new(code, code, type, sector, string.Empty, string.Empty);
}
