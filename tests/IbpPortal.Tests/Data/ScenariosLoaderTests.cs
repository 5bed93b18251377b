using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Data;

public class ScenariosLoaderTests
{
    [Fact]
    public void Scenarios_load_with_their_adjustments_and_lines()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/scenarios.yml --
            # Planning scenarios
            - id: baseline
              name: Baseline
              description: Demand as now
              horizon_months: 24
              adjustments:
                ae_attendances: 3.5
            - id: shift-left
              name: Shift left
              horizon_months: 12
              adjustments:
                ae_attendances: -2
            """);
        var (data, diagnostics) = portal.Load();
        DiagnosticAssert.None(diagnostics);
        Assert.Equal(["baseline", "shift-left"], data.Scenarios.Select(s => s.Id));
        Assert.Equal(3.5, data.Scenarios[0].Adjustments["ae_attendances"]);
        Assert.Equal(-2, data.Scenarios[1].Adjustments["ae_attendances"]);
        Assert.Equal(24, data.Scenarios[0].HorizonMonths);
        Assert.Equal(2, data.Scenarios[0].Source.Line);
        Assert.Equal(8, data.Scenarios[1].Source.Line);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/scenarios.yml --
            - id: baseline
              name: Baseline
             horizon_months: 24
            """);
        var (_, diagnostics) = portal.Load();
        var error = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal("data/scenarios.yml", error.Location.Path);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void File_that_is_not_a_list_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/scenarios.yml --
            id: baseline
            name: Baseline
            """);
        var (_, diagnostics) = portal.Load();
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.ScenarioShape, "data/scenarios.yml", 1);
    }

    [Fact]
    public void Every_problem_of_a_scenario_file_is_reported_at_once()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/scenarios.yml --
            - name: No id
              horizon_months: 12
            - id: bad-horizon
              name: Bad horizon
              horizon_months: two years
            - id: bad-change
              name: Bad change
              horizon_months: 12
              colour: blue
              adjustments:
                ae_attendances: 3%
            """);
        var (_, diagnostics) = portal.Load();
        Assert.Equal(
            [
                "data/scenarios.yml:1: error IBP2032",
                "data/scenarios.yml:5: error IBP2033",
                "data/scenarios.yml:9: warning IBP2034",
                "data/scenarios.yml:11: error IBP2033",
            ],
            diagnostics.Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
    }
}
