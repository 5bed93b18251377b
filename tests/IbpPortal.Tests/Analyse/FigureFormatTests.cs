using IbpPortal.Analyse;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

public class FigureFormatTests
{
    [Theory]
    [InlineData(Unit.Percent, 1, 71.24, "71.2%")]
    [InlineData(Unit.Percent, 0, 99.6, "100%")]
    [InlineData(Unit.Count, 0, 12345, "12,345")]
    [InlineData(Unit.Count, 0, -0.4, "0")]
    [InlineData(Unit.Gbp, 0, 1_234_567, "£1.2m")]
    [InlineData(Unit.Gbp, 0, 350_400, "£350k")]
    [InlineData(Unit.Gbp, 0, 999_960, "£1.0m")]
    [InlineData(Unit.Gbp, 0, -2_500_000_000, "-£2.5bn")]
    [InlineData(Unit.Gbp, 0, 950, "£950")]
    [InlineData(Unit.Gbp, 0, 999.6, "£1k")]
    [InlineData(Unit.Gbp, 0, 999_960_000, "£1.0bn")]
    [InlineData(Unit.Days, 1, 4.54, "4.5 days")]
    [InlineData(Unit.Days, 0, 1, "1 day")]
    [InlineData(Unit.Wte, 1, 1234.5, "1,234.5 WTE")]
    [InlineData(Unit.Rate, 2, 3.14159, "3.14")]
    public void Formats_by_unit_in_uk_style(Unit unit, int decimals, double value, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(value, Metric("m", unit, decimals: decimals)));

    [Theory]
    [InlineData("", "not submitted")]
    [InlineData("*", "suppressed")]
    [InlineData("-", "not applicable")]
    [InlineData("5", "5.0%")]
    public void Absent_values_get_their_label(string cell, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(Value(cell), Metric("m", Unit.Percent)));

    [Theory]
    [InlineData(Unit.Percent, 3.14, "+3.1 pp")]
    [InlineData(Unit.Percent, -0.5, "-0.5 pp")]
    [InlineData(Unit.Gbp, -350_000, "-£350k")]
    [InlineData(Unit.Count, 120, "+120.0")]
    [InlineData(Unit.Count, 0.01, "0.0")]
    public void Changes_carry_their_sign(Unit unit, double difference, string expected) =>
        Assert.Equal(expected, FigureFormat.FormatChange(difference, Metric("m", unit)));
}
