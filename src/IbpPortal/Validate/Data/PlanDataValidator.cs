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

        // The actuals, the largest file, are checked alongside the others: each check reports to the bag, which sorts what it is given.
        Parallel.Invoke(
            () => CheckActuals(data, codes, metrics, diagnostics),
            () => CheckOthers(data, codes, metrics, diagnostics));
    }

    private static void CheckActuals(PlanData data, KnownCodes codes, IReadOnlyDictionary<string, Metric> metrics, DiagnosticBag diagnostics)
    {
        ObservationChecks.Check(data.Actuals, codes, allowAllOrgs: false, diagnostics);
        ObservationChecks.CheckActualsOnly(data.Actuals, codes, diagnostics);
        ValueRangeChecks.Check(data.Actuals, metrics, diagnostics);
        ShareChecks.Check(data.Actuals, data.Metrics, diagnostics);
    }

    private static void CheckOthers(PlanData data, KnownCodes codes, IReadOnlyDictionary<string, Metric> metrics, DiagnosticBag diagnostics)
    {
        ObservationChecks.Check(data.Plans, codes, allowAllOrgs: false, diagnostics);
        ObservationChecks.Check(data.Targets, codes, allowAllOrgs: true, diagnostics);
        ValueRangeChecks.Check(data.Plans, metrics, diagnostics);
        ValueRangeChecks.Check(data.Targets, metrics, diagnostics);
        ValueRangeChecks.CheckTargets(data.Metrics, diagnostics);
        ShareChecks.Check(data.Plans, data.Metrics, diagnostics);
        RebaseChecks.Check(data.Rebases, codes, diagnostics);
        QualityChecks.Check(data.QualityRatings, codes, diagnostics);
        ScenarioChecks.Check(data.Scenarios, codes, diagnostics);
    }
}
