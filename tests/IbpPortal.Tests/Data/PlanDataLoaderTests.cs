using System.Text;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Tests.Data;

public class PlanDataLoaderTests
{
    [Fact]
    public void Portal_without_a_data_folder_has_empty_plan_data_and_no_messages()
    {
        using var portal = TempPortal.With();
        var (data, diagnostics) = portal.Load();
        Assert.Same(PlanData.Empty, data);
        DiagnosticAssert.None(diagnostics);
    }

    [Fact]
    public void Valid_data_loads_without_messages()
    {
        using var portal = TempPortal.WithValidDataAnd();
        var (data, diagnostics) = portal.Load();
        DiagnosticAssert.None(diagnostics);
        Assert.Equal(3, data.Organisations.Count);
        Assert.Equal(3, data.Metrics.Count);
        Assert.Equal(3, data.Actuals.Count);
        Assert.Empty(data.Plans);
        var rj1 = data.Organisations.Single(o => o.Code == "RJ1");
        Assert.Equal(OrgType.Trust, rj1.Type);
        Assert.Equal("QKK", rj1.Icb);
        Assert.Equal(new SourceLocation("data/organisations.csv", 3), rj1.Source);
        var ratio = data.Metrics.Single(m => m.Id == "ae_4hr");
        Assert.True(ratio.IsRatio);
        Assert.Equal(78, ratio.Target);
        Assert.Equal(new Observation("RJ1", "ae_attendances", new Period(2025, 3), DataValue.Of(18104), new SourceLocation("data/actuals.csv", 3)), data.Actuals[1]);
    }

    [Fact]
    public void Bom_crlf_quoted_commas_and_multi_line_fields_load_with_physical_line_numbers()
    {
        using var portal = TempPortal.WithValidDataAnd();
        var text = "\uFEFFcode,name,type,icb,region,peer_group\r\n" +
                   "QKK,\"NHS South East London ICB\",icb,,London,\r\n" +
                   "RJ1,\"Guy's and St Thomas', London\",trust,QKK,London,\"teaching,\nlarge\"\r\n" +
                   "\r\n" +
                   "RJ2,Lewisham and Greenwich NHS Trust,trust,QKK,London,acute\r\n";
        portal.Write("data/organisations.csv", text);
        var (data, diagnostics) = portal.Load();
        DiagnosticAssert.None(diagnostics);
        Assert.Equal(["QKK", "RJ1", "RJ2"], data.Organisations.Select(o => o.Code));
        Assert.Equal("Guy's and St Thomas', London", data.Organisations[1].Name);
        Assert.Equal("teaching,\nlarge", data.Organisations[1].PeerGroup);
        Assert.Equal([2, 3, 6], data.Organisations.Select(o => o.Source.Line));
    }

    [Fact]
    public void Header_names_are_trimmed_case_insensitive_and_in_any_order()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
             Value ,PERIOD,Metric,org
            17000,2025-02,ae_attendances,RJ1
            """);
        var (data, diagnostics) = portal.Load();
        DiagnosticAssert.None(diagnostics);
        Assert.Equal(DataValue.Of(17000), Assert.Single(data.Actuals).Value);
    }

    [Fact]
    public void Blank_star_and_dash_are_missing_suppressed_and_not_applicable()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/plans.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-01,
            RJ1,ae_attendances,2025-02,*
            RJ1,ae_attendances,2025-03,-
            RJ1,ae_attendances,2025-04, 1234.5 
            RJ1,ae_attendances,2025-05,-2e3
            """);
        var (data, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.None(diagnostics);
        Assert.Equal(
            [DataValue.Missing.Kind, ValueKind.Suppressed, ValueKind.NotApplicable, ValueKind.Value, ValueKind.Value],
            data.Plans.Select(p => p.Value.Kind));
        Assert.Equal(1234.5, data.Plans[3].Value.Number);
        Assert.Equal(-2000, data.Plans[4].Value.Number);
    }

    [Fact]
    public void Header_only_file_is_fine_but_an_empty_file_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/plans.csv", string.Empty);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.EmptyFile, "data/plans.csv", 1);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("header", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void File_that_is_not_utf8_is_an_error_naming_the_line_of_the_first_bad_byte()
    {
        using var portal = TempPortal.WithValidDataAnd();
        var bytes = Encoding.ASCII.GetBytes("code,name,type,icb,region,peer_group\nQKK,South East London,icb,,London,\nRJ1,Guy")
            .Concat(new byte[] { 0x92 }) // Windows-1252 right single quote, as Excel writes it
            .Concat(Encoding.ASCII.GetBytes("s,trust,QKK,London,\n"))
            .ToArray();
        portal.WriteBytes("data/organisations.csv", bytes);
        var (_, diagnostics) = portal.Load(validate: false);
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.NotUtf8, "data/organisations.csv", 3);
        Assert.Contains("0x92", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_column_names_the_nearest_expected_one_and_the_expected_set()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,perod,value
            RJ1,ae_attendances,2025-02,17000
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.MissingColumn, "data/actuals.csv", 1);
        Assert.Equal("column 'perod' is not known — did you mean 'period'? expected: org, metric, period, value", error.Message);
        Assert.DoesNotContain(diagnostics, d => d.Code == DataDiagnosticCodes.UnknownColumn);
    }

    [Fact]
    public void Missing_column_without_a_near_name_is_an_error_naming_it()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period
            RJ1,ae_attendances,2025-02
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.MissingColumn, "data/actuals.csv", 1);
        Assert.Equal("required column 'value' is missing; expected: org, metric, period, value", error.Message);
    }

    [Fact]
    public void Unknown_column_is_a_warning_naming_it()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value,comment
            RJ1,ae_attendances,2025-02,17000,checked
            """);
        var (data, diagnostics) = portal.Load();
        var warning = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.UnknownColumn, "data/actuals.csv", 1);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'comment'", warning.Message, StringComparison.Ordinal);
        Assert.Single(data.Actuals);
    }

    [Fact]
    public void Repeated_column_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value,Value
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.DuplicateColumn, "data/actuals.csv", 1);
    }

    [Fact]
    public void Stray_quote_is_reported_at_its_line_and_reading_goes_on()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,17000
            RJ1,ae_att"endances,2025-03,18104
            RJ2,ae_attendances,2025-03,12000
            """);
        var (data, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.MalformedCsv, "data/actuals.csv", 3);
        Assert.Equal(2, data.Actuals.Count);
    }

    [Fact]
    public void Missing_required_file_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Delete("data/plans.csv");
        var (_, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.MissingFile, "data/plans.csv", 0);
    }

    [Fact]
    public void Row_with_more_fields_than_columns_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,17,000
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.TooManyFields, "data/actuals.csv", 2);
    }

    [Theory]
    [InlineData("75%", "without the % sign")]
    [InlineData("12 345", "plain number")]
    [InlineData("n/a", "plain number")]
    [InlineData("NaN", "plain number")]
    public void Non_numeric_value_is_an_error_naming_the_column_and_the_text(string value, string hint)
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,{value}
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.InvalidNumber, "data/actuals.csv", 2);
        Assert.Equal($"'value' is '{value}', which is not a number", error.Message);
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-3")]
    [InlineData("Mar 2025")]
    [InlineData("2025-13")]
    [InlineData("")]
    public void Period_not_written_year_dash_month_is_an_error(string period)
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/plans.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,1
            RJ1,ae_attendances,{period},2
            """);
        var (data, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.InvalidPeriod, "data/plans.csv", 3);
        Assert.Single(data.Plans);
    }

    [Fact]
    public void Blank_organisation_code_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            ,ae_attendances,2025-02,1
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.BlankRequiredCell, "data/actuals.csv", 2);
        Assert.Equal("'org' is blank", error.Message);
    }

    [Theory]
    [InlineData("data/organisations.csv", "RJ3,Example,hospital,QKK,London,", "IBP2013", "icb, trust")]
    [InlineData("data/metrics.csv", "beds,Beds,capacty,count,neutral,0,,,,sum,", "IBP2014", "demand, capacity, workforce, finance, quality, performance")]
    [InlineData("data/metrics.csv", "beds,Beds,capacity,number,neutral,0,,,,sum,", "IBP2015", "count, percent, gbp, days, wte, rate")]
    [InlineData("data/metrics.csv", "beds,Beds,capacity,count,higher,0,,,,sum,", "IBP2016", "increase, decrease, neutral")]
    [InlineData("data/metrics.csv", "beds,Beds,capacity,count,neutral,0,,,,total,", "IBP2017", "sum, mean, none")]
    public void Unknown_word_is_an_error_listing_the_allowed_words(string path, string row, string code, string allowed)
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write(path, TempPortal.Valid[path] + "\n" + row + "\n");
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, code, path, 5);
        Assert.Equal("use one of: " + allowed, error.Hint);
    }

    [Fact]
    public void Misspelt_word_suggests_the_nearest_allowed_word()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/metrics.csv", TempPortal.Valid["data/metrics.csv"] + "\nbeds,Beds,capacty,count,neutral,0,,,,sum,\n");
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.UnknownDomain, "data/metrics.csv", 5);
        Assert.Equal("'domain' is 'capacty', which is not known — did you mean 'capacity'?", error.Message);
    }

    [Fact]
    public void Decimals_that_are_not_a_whole_number_are_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/metrics.csv", TempPortal.Valid["data/metrics.csv"] + "\nbeds,Beds,capacity,count,neutral,1.5,,,,sum,\n");
        var (_, diagnostics) = portal.Load();
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.InvalidDecimals, "data/metrics.csv", 5);
    }

    [Fact]
    public void Three_problems_in_one_file_give_three_messages_at_their_lines()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,17000
            RJ1,ae_attendances,2025-3,18104
            RJ1,ae_attendances,2025-04,lots
            ,ae_attendances,2025-04,1
            """);
        var (_, diagnostics) = portal.Load();
        Assert.Equal(
            ["data/actuals.csv:3: IBP2011", "data/actuals.csv:4: IBP2010", "data/actuals.csv:5: IBP2012"],
            diagnostics.Select(d => $"{d.Location}: {d.Code}"));
    }

    [Fact]
    public void Rebase_file_loads_with_star_for_every_organisation()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/rebase.csv --
            org,metric,period,reason
            *,ae_attendances,2024-04,New A&E counting rules
            RJ1,ae_attendances,2024-10,"New department opened, October"
            """);
        var (data, diagnostics) = portal.Load();
        DiagnosticAssert.None(diagnostics);
        Assert.Equal(2, data.Rebases.Count);
        Assert.Equal("New department opened, October", data.Rebases[1].Reason);
        Assert.Equal(new Period(2024, 10), data.Rebases[1].Period);
    }

    [Fact]
    public void Targets_file_is_optional_and_star_means_every_organisation()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/targets.csv --
            org,metric,period,value
            *,ae_4hr,2025-03,78
            """);
        var (data, diagnostics) = portal.Load();
        DiagnosticAssert.None(diagnostics);
        Assert.Equal("*", Assert.Single(data.Targets).Org);
    }
}
