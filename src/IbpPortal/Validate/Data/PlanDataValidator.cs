using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
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
        var actuals = ObservationSeries.Of(ObservationTable.Of(data.Actuals));
        ObservationChecks.Check(actuals, codes, allowAllOrgs: false, diagnostics);
        ObservationChecks.CheckActualsOnly(actuals, codes, diagnostics);
        ValueRangeChecks.Check(actuals.Table, metrics, diagnostics);
        ShareChecks.Check(actuals.Table, data.Metrics, diagnostics);
    }

    private static void CheckOthers(PlanData data, KnownCodes codes, IReadOnlyDictionary<string, Metric> metrics, DiagnosticBag diagnostics)
    {
        var plans = ObservationSeries.Of(ObservationTable.Of(data.Plans));
        var targets = ObservationSeries.Of(ObservationTable.Of(data.Targets));
        ObservationChecks.Check(plans, codes, allowAllOrgs: false, diagnostics);
        ObservationChecks.Check(targets, codes, allowAllOrgs: true, diagnostics);
        ValueRangeChecks.Check(plans.Table, metrics, diagnostics);
        ValueRangeChecks.Check(targets.Table, metrics, diagnostics);
        ValueRangeChecks.CheckTargets(data.Metrics, diagnostics);
        ShareChecks.Check(plans.Table, data.Metrics, diagnostics);
        RebaseChecks.Check(data.Rebases, codes, diagnostics);
        QualityChecks.Check(data.QualityRatings, codes, diagnostics);
        ScenarioChecks.Check(data.Scenarios, codes, diagnostics);
    }
}
