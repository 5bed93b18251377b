using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Tests.Analyse;

/// <summary>Small plan data sets written inline, and a stand-in for the SPC calculation.</summary>
internal static class Fixture
{
    private static readonly SourceLocation Here = new("test", 1);

    public static Organisation Icb(string code, string? name = null) =>
        new(code, name ?? code, OrgType.Icb, null, "North", "icb", Here);

    public static Organisation Trust(string code, string? icb, string peer = "acute", string? name = null) =>
        new(code, name ?? code, OrgType.Trust, icb, "North", peer, Here);

    public static Metric Metric(
        string id,
        Unit unit = Unit.Count,
        Improvement improvement = Improvement.Increase,
        AggregateRule aggregate = AggregateRule.Sum,
        string? numerator = null,
        string? denominator = null,
        double? target = null,
        int decimals = 1,
        Domain domain = Domain.Performance,
        string? meetsDemand = null,
        string? name = null) =>
        new(id, name ?? id, domain, unit, improvement, decimals, target, numerator, denominator, aggregate, "", Here, meetsDemand);

    /// <summary>Rows written as <c>org,metric,period,value</c>, one a line; blank value = missing, <c>*</c> suppressed, <c>-</c> not applicable.</summary>
    public static List<Observation> Rows(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(','))
            .Select(f => new Observation(f[0].Trim(), f[1].Trim(), Period.Parse(f[2].Trim()), Value(f[3].Trim()), Here))
            .ToList();

    public static DataValue Value(string text) => text switch
    {
        "" => DataValue.Missing,
        "*" => DataValue.Suppressed,
        "-" => DataValue.NotApplicable,
        _ => DataValue.Of(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static PlanData PlanOf(
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<Metric> metrics,
        string actuals = "",
        string plans = "",
        string targets = "",
        IReadOnlyList<Scenario>? scenarios = null,
        IReadOnlyList<Rebase>? rebases = null) =>
        new(organisations, metrics, Rows(actuals), Rows(plans), Rows(targets), scenarios ?? [], rebases ?? []);

    public static Scenario Scenario(string id, int horizon, params (string Metric, double Change)[] adjustments) =>
        new(id, id, "", horizon, adjustments.ToDictionary(a => a.Metric, a => a.Change), Here);

    /// <summary>SPC stand-in: every point common cause, the latest segment unreliable when under 13 points.</summary>
    public static SpcResult FakeSpc(IReadOnlyList<SpcInputPoint> series, Improvement improvement, IReadOnlyCollection<Period> rebaseAt, SpcOptions options) =>
        new(
            series.Select(p => new SpcPoint(p.Period, p.Value, null, null, null, SpecialCause.None, SpcRule.None, 0, p.Target)).ToList(),
            [],
            VariationIcon.CommonCause,
            series.Any(p => p.Target is not null) ? AssuranceIcon.HitAndMiss : AssuranceIcon.None,
            series.Count < options.MinimumReliablePoints);

    public static AnalysisModel Run(PlanData data, string reportingPeriod, SpcFunction? spc = null) =>
        Analyser.Analyse(data, Period.Parse(reportingPeriod), SpcOptions.Default, spc ?? FakeSpc);

    public static Period P(string text) => Period.Parse(text);
}
