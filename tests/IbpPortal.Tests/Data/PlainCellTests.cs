using System.Text;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Tests.Data;

/// <summary>The fast reading of observation cells from their UTF-8 bytes takes only what the text path reads the same way,
/// and hands everything else (spaces, bad months, words) to the text path, which reports it.</summary>
public class PlainCellTests
{
    [Theory]
    [InlineData("2025-04", 2025, 4)]
    [InlineData("1900-12", 1900, 12)]
    public void Months_written_YYYY_MM_are_read(string text, int year, int month)
    {
        Assert.True(ObservationsFile.TryPeriod(Encoding.UTF8.GetBytes(text), out var period));
        Assert.Equal(new Period(year, month), period);
    }

    [Theory]
    [InlineData("2025-13")] // month out of range
    [InlineData("2025-00")]
    [InlineData("1899-12")] // before the first year
    [InlineData("2025/04")]
    [InlineData(" 2025-04")] // padded: the text path trims it, so it is left to that path
    [InlineData("2025-4")]
    [InlineData("+025-04")]
    public void Anything_else_is_left_to_the_text_path(string text) =>
        Assert.False(ObservationsFile.TryPeriod(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("18104", ValueKind.Value, 18104.0)]
    [InlineData("-2.5", ValueKind.Value, -2.5)]
    [InlineData("1e3", ValueKind.Value, 1000.0)]
    [InlineData(".5", ValueKind.Value, 0.5)]
    [InlineData("*", ValueKind.Suppressed, double.NaN)]
    [InlineData("-", ValueKind.NotApplicable, double.NaN)]
    [InlineData("", ValueKind.Missing, double.NaN)]
    public void Values_are_read_as_the_text_path_reads_them(string text, ValueKind kind, double number)
    {
        Assert.True(ObservationsFile.TryValue(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(kind, value.Kind);
        Assert.Equal(number, value.Number);
    }

    [Theory]
    [InlineData("75.5%")] // the text path explains the % sign
    [InlineData("12,345")]
    [InlineData(" 12")]
    [InlineData("12 ")]
    [InlineData("NaN")] // not finite
    [InlineData("1e999")]
    [InlineData("n/a")]
    public void Values_the_text_path_trims_or_rejects_are_left_to_it(string text) =>
        Assert.False(ObservationsFile.TryValue(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("RR8", true)]
    [InlineData("*", true)]
    [InlineData("", false)]
    [InlineData(" RR8", false)]
    [InlineData("RR8\t", false)]
    [InlineData("caf\u00e9", false)] // ends in a non-ASCII byte: left to the text path's Unicode trimming
    public void Codes_are_plain_when_trimming_would_not_change_them(string text, bool plain) =>
        Assert.Equal(plain, ObservationsFile.IsPlain(Encoding.UTF8.GetBytes(text)));
}
