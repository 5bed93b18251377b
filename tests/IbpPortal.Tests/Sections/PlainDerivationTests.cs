using IbpPortal.Diagnostics;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Tests.Sections;

/// <summary>Derivations in leader language: measure names for ids, no data-file paths.</summary>
public sealed class PlainDerivationTests
{
    private static readonly Metric[] Metrics =
    [
        Metric("ae_within_4hr", "A&E attendances within 4 hours"),
        Metric("ae_attendances", "A&E attendances, all types"),
        Metric("seen", "Seen within 4 hours"),
        Metric("attend", "A&E attendances"),
        Metric("ae_4hr", "Four-hour A&E performance") with { Numerator = "ae_within_4hr", Denominator = "ae_attendances" },
        Metric("four_hour", "Four-hour performance") with { Numerator = "seen", Denominator = "attend" },
    ];

    [Theory]
    [InlineData("Worked out as ae_within_4hr ÷ ae_attendances × 100 for RR8", "Worked out as A&E attendances within 4 hours ÷ A&E attendances, all types × 100 for RR8")]
    [InlineData("Reported by RR8 in data/actuals.csv", "Reported by RR8")]
    [InlineData("Mean weighted by staff_fte of the figures of RR8", "Mean weighted by staff_fte of the figures of RR8")]
    [InlineData("The target set for every organisation in force from April 2025", "The target set for every organisation in force from April 2025")]
    public void Ids_become_names_and_paths_go(string recorded, string expected) =>
        Assert.Equal(expected, PlainDerivation.Of(recorded, Metrics[4], Metrics));

    [Fact]
    public void Ratio_parts_without_an_underscore_are_named_too_but_the_same_word_elsewhere_is_kept() =>
        Assert.Equal(
            "Worked out as the sum of Seen within 4 hours ÷ the sum of A&E attendances × 100 over 2 trusts (RA1, RA2); attend in person",
            PlainDerivation.Of("Worked out as the sum of seen ÷ the sum of attend × 100 over 2 trusts (RA1, RA2); attend in person", Metrics[5], Metrics));

    private static Metric Metric(string id, string name) =>
        new(id, name, Domain.Performance, Unit.Count, Improvement.Increase, 0, null, null, null, AggregateRule.Sum, string.Empty, SourceLocation.File("data/metrics.csv"));
}
