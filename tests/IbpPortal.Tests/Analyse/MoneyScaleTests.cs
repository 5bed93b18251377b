using IbpPortal.Analyse;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

/// <summary>Issue #18 item 9: one money scale per table, whole WTE without decimals, no "-0.0%", organisation types cased.</summary>
public class MoneyScaleTests
{
    [Theory]
    [InlineData(new[] { 1_500_000.0, 500_000.0 }, MoneyScale.Millions)]
    [InlineData(new[] { 999_960.0, 20_000.0 }, MoneyScale.Millions)]
    [InlineData(new[] { 350_400.0, -20_000.0 }, MoneyScale.Thousands)]
    [InlineData(new[] { 950.0 }, MoneyScale.Pounds)]
    [InlineData(new[] { -2_500_000_000.0, 1_000_000.0 }, MoneyScale.Billions)]
    public void The_largest_figure_sets_the_scale(double[] values, MoneyScale expected) =>
        Assert.Equal(expected, FigureFormat.ScaleFor(values));

    [Theory]
    [InlineData(1_500_000, MoneyScale.Millions, "£1.5m")]
    [InlineData(500_000, MoneyScale.Millions, "£0.50m")]
    [InlineData(77_000, MoneyScale.Millions, "£0.08m")]
    [InlineData(-900_000, MoneyScale.Millions, "-£0.90m")]
    [InlineData(122_000, MoneyScale.Thousands, "£122k")]
    [InlineData(-1_000, MoneyScale.Millions, "£0.00m")]
    [InlineData(2_500_000_000, MoneyScale.Billions, "£2.5bn")]
    public void Money_is_written_in_the_tables_scale(double value, MoneyScale scale, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(value, Metric("m", Unit.Gbp), scale));

    [Theory]
    [InlineData(77_000, "+£0.08m")]
    [InlineData(-900_000, "-£0.90m")]
    [InlineData(1_000, "£0.00m")]
    public void Money_changes_keep_their_sign_in_the_scale(double value, string expected) =>
        Assert.Equal(expected, FigureFormat.FormatChange(value, Metric("m", Unit.Gbp), MoneyScale.Millions));

    [Theory]
    [InlineData(6115.0, "6,115 WTE")]
    [InlineData(6115.04, "6,115 WTE")]
    [InlineData(6117.5, "6,117.5 WTE")]
    public void Whole_wte_shows_no_decimal(double value, string expected) =>
        Assert.Equal(expected, FigureFormat.Format(value, Metric("m", Unit.Wte, decimals: 1)));

    [Theory]
    [InlineData(-0.023, "0.0%")]
    [InlineData(0.04, "0.0%")]
    [InlineData(-2.26, "-2.3%")]
    [InlineData(7.26, "+7.3%")]
    public void Signed_percentages_never_show_negative_zero(double percent, string expected) =>
        Assert.Equal(expected, FigureFormat.SignedPercent(percent));

    [Theory]
    [InlineData("icb", "ICB")]
    [InlineData("trust", "Trust")]
    [InlineData("nhs trust", "NHS trust")]
    [InlineData("public sector", "Public sector")]
    public void Organisation_types_are_cased(string text, string expected) =>
        Assert.Equal(expected, SectorName.Display(text));
}
