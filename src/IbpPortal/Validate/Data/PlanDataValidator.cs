using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks plan data across its files — codes that must match, duplicates, ratio metrics, ICB links, scenarios — reporting every problem at once.</summary>
public static class PlanDataValidator
{
    /// <summary>Adds an error or warning to <paramref name="diagnostics"/> for every problem in <paramref name="data"/>.</summary>
    public static void Validate(PlanData data, DiagnosticBag diagnostics)
    {
        SafeCodes.Check(data, diagnostics);
        var organisations = OrganisationChecks.Check(data.Organisations, diagnostics);
        var metrics = MetricChecks.Check(data.Metrics, diagnostics);
        var codes = new KnownCodes(organisations, metrics);
        ObservationChecks.Check(data.Actuals, codes, allowAllOrgs: false, diagnostics);
        ObservationChecks.Check(data.Plans, codes, allowAllOrgs: false, diagnostics);
        ObservationChecks.Check(data.Targets, codes, allowAllOrgs: true, diagnostics);
        ObservationChecks.CheckActualsOnly(data.Actuals, codes, diagnostics);
        foreach (var file in new[] { data.Actuals, data.Plans, data.Targets })
        {
            ValueRangeChecks.Check(file, metrics, diagnostics);
        }

        ValueRangeChecks.CheckTargets(data.Metrics, diagnostics);
        ShareChecks.Check(data.Actuals, data.Metrics, diagnostics);
        ShareChecks.Check(data.Plans, data.Metrics, diagnostics);
        RebaseChecks.Check(data.Rebases, codes, diagnostics);
        QualityChecks.Check(data.QualityRatings, codes, diagnostics);
        ScenarioChecks.Check(data.Scenarios, codes, diagnostics);
    }
}
