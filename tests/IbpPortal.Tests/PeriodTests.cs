using IbpPortal.Model;

namespace IbpPortal.Tests;

public class PeriodTests
{
    [Theory]
    [InlineData("2024-04", true)]
    [InlineData("2024-13", false)]
    [InlineData("2024-4", false)]
    [InlineData("24-04-01", false)]
    [InlineData("", false)]
    public void Parses_only_year_dash_two_digit_month(string text, bool ok) =>
        Assert.Equal(ok, Period.TryParse(text, out _));

    [Fact]
    public void Adding_months_crosses_year_ends() =>
        Assert.Equal(new Period(2025, 2), new Period(2024, 11).AddMonths(3));

    [Fact]
    public void Financial_year_starts_in_april()
    {
        Assert.Equal(new Period(2024, 4), new Period(2025, 3).FinancialYearStart);
        Assert.Equal(new Period(2025, 4), new Period(2025, 4).FinancialYearStart);
    }
}
