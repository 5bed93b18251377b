using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks <c>scenarios.yml</c>: unique ids, horizons of 1 to 120 months, known metrics.</summary>
internal static class ScenarioChecks
{
    /// <summary>The longest projection allowed, in months (ten years).</summary>
    public const int MaxHorizonMonths = 120;

    /// <summary>Reports every problem in every scenario.</summary>
    public static void Check(IReadOnlyList<Scenario> scenarios, KnownCodes codes, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            if (!seen.TryAdd(scenario.Id, scenario))
            {
                diagnostics.Error(
                    scenario.Source,
                    DataDiagnosticCodes.DuplicateScenario,
                    $"scenario '{scenario.Id}' is defined twice (also at line {seen[scenario.Id].Source.Line})",
                    "give each scenario its own id");
            }

            if (scenario.HorizonMonths is < 1 or > MaxHorizonMonths)
            {
                diagnostics.Error(
                    scenario.Source,
                    DataDiagnosticCodes.ScenarioHorizonOutOfRange,
                    $"scenario '{scenario.Id}' has horizon_months {scenario.HorizonMonths}",
                    $"give a horizon from 1 to {MaxHorizonMonths} months");
            }

            foreach (var metric in scenario.Adjustments.Keys.Order(StringComparer.Ordinal))
            {
                if (!codes.Metrics.ContainsKey(metric))
                {
                    diagnostics.Error(
                        scenario.Source,
                        DataDiagnosticCodes.ScenarioUnknownMetric,
                        $"scenario '{scenario.Id}' adjusts '{metric}', which is not in data/metrics.csv{NearestName.DidYouMean(metric, codes.Metrics.Keys)}",
                        "correct the metric id in adjustments");
                }
            }
        }
    }
}
