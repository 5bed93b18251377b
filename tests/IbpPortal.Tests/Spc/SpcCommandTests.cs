using System.CommandLine;
using System.Text.Json;
using IbpPortal.Cli.Commands;

namespace IbpPortal.Tests.Spc;

public class SpcCommandTests
{
    // 8 12 … 8 12 (14 months from 2024-01) with a suppressed month between: mean 10, AMR 4,
    // limits 20.64 / −0.64 (see SpcLimitsTests); target 25 is above the UPL: an increase metric fails.
    private const string Csv = """
        period,value,target
        2024-01,8,25
        2024-02,12,25
        2024-03,*,25
        2024-04,8,25
        2024-05,12,25
        2024-06,8,25
        2024-07,12,25
        2024-08,8,25
        2024-09,12,25
        2024-10,8,25
        2024-11,12,25
        2024-12,8,25
        2025-01,12,25
        2025-02,8,25
        2025-03,12,25
        """;

    [Fact]
    public void Prints_the_chart_as_json_with_the_agreed_names()
    {
        var (exit, output, error) = Run(Csv, "spc");

        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            ["points", "variation_icon", "assurance_icon", "short_series", "segments"],
            root.EnumerateObject().Select(p => p.Name));
        var points = root.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(15, points.Length);
        Assert.Equal(
            ["period", "value", "value_kind", "mean", "upl", "lpl", "special_cause", "rule", "segment"],
            points[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-01", points[0].GetProperty("period").GetString());
        Assert.Equal(8, points[0].GetProperty("value").GetDouble());
        Assert.Equal("value", points[0].GetProperty("value_kind").GetString());
        Assert.Equal(10, points[0].GetProperty("mean").GetDouble(), 9);
        Assert.Equal(20.64, points[0].GetProperty("upl").GetDouble(), 9);
        Assert.Equal(-0.64, points[0].GetProperty("lpl").GetDouble(), 9);
        Assert.Equal("none", points[0].GetProperty("special_cause").GetString());
        Assert.Equal("none", points[0].GetProperty("rule").GetString());
        Assert.Equal(0, points[0].GetProperty("segment").GetInt32());
        Assert.Equal(JsonValueKind.Null, points[2].GetProperty("value").ValueKind);
        Assert.Equal("suppressed", points[2].GetProperty("value_kind").GetString());
        Assert.Equal("common_cause", root.GetProperty("variation_icon").GetString());
        Assert.Equal("fail", root.GetProperty("assurance_icon").GetString());
        Assert.False(root.GetProperty("short_series").GetBoolean());
        Assert.Equal(14, root.GetProperty("segments")[0].GetProperty("value_count").GetInt32());
    }

    [Fact]
    public void Options_change_direction_target_and_segments()
    {
        var (exit, output, _) = Run(Csv, "spc", "-", "--improvement", "decrease", "--target", "-5", "--rebase", "2024-08", "--no-screen");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("fail", root.GetProperty("assurance_icon").GetString());
        Assert.Equal(2, root.GetProperty("segments").GetArrayLength());
        Assert.Equal("2024-08", root.GetProperty("segments")[1].GetProperty("start").GetString());
        Assert.True(root.GetProperty("short_series").GetBoolean());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(Run(Csv, "spc").Output, Run(Csv, "spc").Output);
    }

    [Fact]
    public void Bad_rows_are_all_reported_with_line_and_code_and_exit_1()
    {
        const string bad = "period,value\n2024-01,5\n2024-13,6\n2024-03,lots\n2024-01,7\n";

        var (exit, output, error) = Run(bad, "spc");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            [
                "<stdin>:3: error IBP3006: the period '2024-13' is written YYYY-MM but its month 13 is not from 01 to 12; write the period as YYYY-MM, e.g. 2024-04",
                "<stdin>:4: error IBP3008: the value 'lots' is not a number; write a number, leave it blank when missing, '*' when suppressed or '-' when not applicable",
                "<stdin>:5: error IBP3007: the period 2024-01 is repeated (first on line 2); keep one line per month",
            ],
            Lines(error));
    }

    [Fact]
    public void A_bad_header_is_a_data_error()
    {
        var (exit, _, error) = Run("month,value\n2024-01,5\n", "spc");

        Assert.Equal(1, exit);
        Assert.StartsWith("<stdin>:1: error IBP3003: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--improvement", "sideways", "IBP3020")]
    [InlineData("--target", "ninety", "IBP3021")]
    [InlineData("--rebase", "2024-8", "IBP3022")]
    public void A_bad_option_is_a_usage_error(string option, string value, string code)
    {
        var (exit, output, error) = Run(Csv, "spc", option, value);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith($"<command line>: error {code}: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ibp-spc-{Guid.NewGuid():N}.csv");

        var (exit, _, error) = Run(string.Empty, "spc", path);

        Assert.Equal(2, exit);
        Assert.StartsWith($"{path}: error IBP3001: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,value\n2024-01,1e308\n2024-02,-1e308\n2024-03,5\n", "<stdin>:2: error IBP3010: the value '1e308' is too large to analyse")]
    [InlineData("period,value\n2024-01,5\n2024-02,1e309\n", "<stdin>:3: error IBP3010: the value '1e309' is too large to analyse")]
    [InlineData("period,value,target\n2024-01,5,-1e300\n", "<stdin>:2: error IBP3010: the target '-1e300' is too large to analyse")]
    [InlineData("period,value\n1899-12,5\n", "<stdin>:2: error IBP3006: the period '1899-12' is written YYYY-MM but its year 1899 is out of range")]
    public void Values_too_large_to_analyse_are_data_errors_not_infinity_in_json(string csv, string expected)
    {
        var (exit, output, error) = Run(csv, "spc");

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_without_variation_after_screening_warns_and_says_so_in_the_json()
    {
        // 23 × 5 then 6: screening drops the only non-zero moving range (SpcNoVariationTests has the arithmetic).
        var csv = "period,value\n" + string.Concat(Enumerable.Range(0, 24).Select(i => $"{new Model.Period(2022, 1).AddMonths(i)},{(i == 23 ? 6 : 5)}\n"));

        var (exit, output, error) = Run(csv, "spc", "--target", "5.5");

        Assert.Equal(0, exit);
        Assert.StartsWith("<stdin>: warning IBP3011: segment 0 (2022-01 to 2023-12) has no variation to judge", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("segments")[0].GetProperty("no_variation").GetBoolean());
        Assert.Equal("none", json.RootElement.GetProperty("assurance_icon").GetString());
        Assert.All(json.RootElement.GetProperty("points").EnumerateArray(), p => Assert.Equal("none", p.GetProperty("rule").GetString()));
    }

    [Fact]
    public void Hundreds_of_bad_lines_print_twenty_and_a_count()
    {
        var csv = "period,value\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"{new Model.Period(2000, 1).AddMonths(i)},lots\n"));

        var (exit, _, error) = Run(csv, "spc");

        Assert.Equal(1, exit);
        var lines = Lines(error);
        Assert.Equal(21, lines.Length);
        Assert.Equal("… and 480 more errors IBP3008 (the first 20 are shown; fix those first)", lines[^1]);
    }

    private static (int Exit, string Output, string Error) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { SpcCommand.Create(() => new StringReader(stdin)) };

        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
