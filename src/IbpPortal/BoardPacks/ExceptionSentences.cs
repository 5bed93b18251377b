using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.Model;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks;

/// <summary>Plain, varied sentences about exceptions and improvements for the cover and the executive summary.</summary>
/// <remarks>
/// Each kind of finding has several wordings, used in turn, so a pack with many hit-and-miss measures never
/// repeats one sentence; the facts in each are the finding's own (latest figure, target, plan shortfall).
/// </remarks>
internal sealed class ExceptionSentences(Period reporting)
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    // {signal} is "shows special-cause concern" at the latest point, or "signalled special-cause concern in Jan 2019" for a recent one.
    private static readonly Func<string, string, string, string, string>[] ConcernAndFail =
    [
        (name, latest, target, signal) => $"{name} is of most concern: at {latest} it {signal} and will not reach its target, {target}, without change.",
        (name, latest, target, signal) => $"{name}, at {latest}, {signal}, and its target, {target}, is out of reach on current performance.",
        (name, latest, target, signal) => $"At {latest}, {name} {signal} and consistently falls short of its target, {target}.",
    ];

    private static readonly Func<string, string, string, string>[] Fail =
    [
        (name, latest, target) => $"{name}, at {latest}, consistently fails its target, {target}: the target sits outside its process limits, so it will not be met unless the process changes.",
        (name, latest, target) => $"{name}, at {latest}, will keep missing its target, {target}, if nothing changes.",
        (name, latest, target) => $"The target for {name}, {target}, lies beyond anything the current process produces; the latest figure is {latest}.",
    ];

    private static readonly Func<string, string, string, string>[] HitAndMiss =
    [
        (name, latest, target) => $"{name}, at {latest}, is hit and miss against its target, {target}: it will be met in some months and missed in others.",
        (name, latest, target) => $"For {name} the target, {target}, falls within its normal variation, so at {latest} it cannot be relied on to be met.",
        (name, latest, target) => $"{name} stands at {latest}; its target, {target}, is neither reliably met nor reliably missed.",
        (name, latest, target) => $"Whether {name} meets its target, {target}, in a given month is down to ordinary variation; the latest figure is {latest}.",
    ];

    private static readonly Func<string, string, string, string>[] Concern =
    [
        (name, latest, signal) => $"{name}, at {latest}, {signal}: a change beyond ordinary variation, in the wrong direction.",
        (name, latest, signal) => $"{name} {signal}; the latest figure is {latest}.",
        (name, latest, signal) => $"{name} {signal} (latest {latest}) and needs the board's attention.",
    ];

    private static readonly Func<string, string, string>[] OnlyOther =
    [
        (name, latest) => $"{name}, at {latest}, needs attention.",
        (name, latest) => $"{name}, at {latest}, is flagged for review.",
    ];

    private static readonly Func<string, string, string>[] Improving =
    [
        (name, latest) => $"{name} has improved beyond ordinary variation, to {latest}.",
        (name, latest) => $"{name}, at {latest}, shows special-cause improvement.",
        (name, latest) => $"There is a real improvement in {name}, to {latest}.",
    ];

    /// <summary>The measure's name, marked when its figures are synthetic.</summary>
    public static string Name(Metric metric) => metric.Name + (PackText.Illustrative(metric) ? " (illustrative)" : string.Empty);

    /// <summary>One or two sentences on an exception: its main reason, then plan and quartile facts when they apply.</summary>
    public string Exception(ExceptionFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var row = finding.Row;
        var name = Name(row.Metric);
        var latest = Latest(row);
        var target = Wording.InSentence(PackText.Target(row));
        bool concern = finding.Has(ExceptionReason.SpecialCauseConcern);
        var signal = Signal(finding);
        string text;
        if (concern && finding.Has(ExceptionReason.FailsTarget))
        {
            text = Next("concern-fail", ConcernAndFail)(name, latest, target, signal);
        }
        else if (finding.Has(ExceptionReason.FailsTarget))
        {
            text = Next("fail", Fail)(name, latest, target);
        }
        else if (concern)
        {
            text = Next("concern", Concern)(name, latest, signal) + (finding.Has(ExceptionReason.HitAndMissTarget) ? $" Its target, {target}, is hit and miss." : string.Empty);
        }
        else if (finding.Has(ExceptionReason.HitAndMissTarget))
        {
            text = Next("hit-and-miss", HitAndMiss)(name, latest, target);
        }
        else if (finding.PlanShortfallPercent is { } only)
        {
            return OffPlan(name, latest, only, row) + Quartile(finding);
        }
        else
        {
            text = Next("other", OnlyOther)(name, latest);
        }

        if (concern && ExceptionRules.IsBareVolume(row))
        {
            text += " As a count with no target or plan, it is judged only against its own past.";
        }

        if (row.Variation is Analyse.Spc.VariationIcon.ImprovementHigh or Analyse.Spc.VariationIcon.ImprovementLow && row.Target is not null)
        {
            text += " It is improving beyond ordinary variation, though not yet enough to meet its target reliably.";
        }

        if (finding.PlanShortfallPercent is { } shortfall)
        {
            text += " " + PlanGap(shortfall, row);
        }

        return text + Quartile(finding);
    }

    private static string OffPlan(string name, string latest, double shortfall, ScorecardRow row) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name}, at {latest}, is {shortfall:0.0}% {AdverseSide(row)} its plan of {PackText.Plan(row)}, beyond the {row.Metric.PlanTolerance:0.#}% the measure allows.");

    private static string PlanGap(double shortfall, ScorecardRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"It is {shortfall:0.0}% {AdverseSide(row)} plan ({PackText.Plan(row)}), beyond its tolerance of {row.Metric.PlanTolerance:0.#}%.");

    // Adverse means over plan for a measure that should fall (spend, waits) and under it for one that should rise.
    private static string AdverseSide(ScorecardRow row) => row.Metric.Improvement == Model.Improvement.Decrease ? "above" : "below";

    private static string Quartile(ExceptionFinding finding) =>
        finding.Has(ExceptionReason.FellQuartile) ? $" It has fallen to Q{finding.Row.Quartile} among its peers since the last edition." : string.Empty;

    /// <summary>A sentence on an improvement.</summary>
    public string Improvement(ImprovementFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var row = finding.Row;
        var text = finding.Reasons.Contains(ImprovementReason.SpecialCauseImprovement)
            ? Next("improving", Improving)(Name(row.Metric), Latest(row))
            : $"{Name(row.Metric)}, at {Latest(row)}, now consistently meets its target, {Wording.InSentence(PackText.Target(row))}.";
        if (finding.Reasons.Contains(ImprovementReason.TargetNewlyMet) && finding.Reasons.Contains(ImprovementReason.SpecialCauseImprovement))
        {
            text += " It now consistently meets its target.";
        }

        return text;
    }

    /// <summary>What an improvement's sentence must add when the same measure is also an exception, so good news never hides the exception.</summary>
    public static string StillAnException(ExceptionFinding? exception) => exception switch
    {
        null => string.Empty,
        _ when exception.Has(ExceptionReason.FailsTarget) => " It still consistently fails its target.",
        _ when exception.Has(ExceptionReason.HitAndMissTarget) => " Meeting its target is still hit and miss.",
        { PlanShortfallPercent: { } shortfall } => " " + PlanGap(shortfall, exception.Row).Replace("It is ", "It is still ", StringComparison.Ordinal),
        _ => " It is still an exception.",
    };

    private static string Signal(ExceptionFinding finding) =>
        finding.Row.Variation is Analyse.Spc.VariationIcon.ConcernHigh or Analyse.Spc.VariationIcon.ConcernLow || finding.ConcernMonths.Count == 0
            ? "shows special-cause concern"
            : "signalled special-cause concern in " + string.Join(" and ", finding.ConcernMonths.Select(m => m.ToShortDisplay()));

    // "6.9% in Nov 2024" rather than "6.9% (Nov 2024)", so a sentence never nests brackets.
    private string Latest(ScorecardRow row) =>
        FigureFormat.Format(row.Latest, row.Metric) + (row.Period != reporting ? " in " + row.Period.ToShortDisplay() : string.Empty);

    private T Next<T>(string kind, T[] wordings)
    {
        _used.TryGetValue(kind, out var n);
        _used[kind] = n + 1;
        return wordings[n % wordings.Length];
    }
}
