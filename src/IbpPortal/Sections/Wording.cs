using IbpPortal.Analyse;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>How the analysis is put into words for leaders: signals, quartiles, directions, units and gaps.</summary>
public static class Wording
{
    /// <summary>The tag shown wherever synthetic figures appear.</summary>
    public const string IllustrativeLabel = "Illustrative (synthetic) figures";

    /// <summary>
    /// Where the measure's own figures come from: "Illustrative (synthetic) figures" for a synthetic measure, else the
    /// "Source: …" its description gives; null when it gives none (the data file's source then stands).
    /// </summary>
    public static string? MeasureSource(Metric metric)
    {
        if (IsIllustrative(metric))
        {
            return IllustrativeLabel + ", made for the sample portal";
        }

        var at = metric.Description.IndexOf("Source:", StringComparison.Ordinal);
        return at < 0 ? null : metric.Description[(at + "Source:".Length)..].Trim().TrimEnd('.');
    }

    /// <summary>True when the metric's figures are synthetic (its description says "Illustrative").</summary>
    public static bool IsIllustrative(Metric metric) => metric.Description.Contains("Illustrative", StringComparison.OrdinalIgnoreCase);

    // Each icon's view is drawn once: scorecards and tables repeat the same few icons many times.
    private static readonly Dictionary<VariationIcon, SignalView> Variations =
        Enum.GetValues<VariationIcon>().ToDictionary(i => i, i => VariationWords(i) with { IconSvg = SpcIcons.VariationIconSvg(i) });

    private static readonly Dictionary<AssuranceIcon, SignalView> Assurances =
        Enum.GetValues<AssuranceIcon>().ToDictionary(i => i, i => AssuranceWords(i) with { IconSvg = SpcIcons.AssuranceIconSvg(i) });

    /// <summary>The variation icon, drawn and in words (colour is never the only cue).</summary>
    public static SignalView Variation(VariationIcon icon) => Variations[icon];

    /// <summary>The assurance icon, drawn and in words (colour is never the only cue).</summary>
    public static SignalView Assurance(AssuranceIcon icon) => Assurances[icon];

    private static SignalView VariationWords(VariationIcon icon) => Words(SpcIconWords.Of(icon));

    private static SignalView AssuranceWords(AssuranceIcon icon) => Words(SpcIconWords.Of(icon));

    private static SignalView Words(SpcIconWords words) => new(words.Tag, words.Sentence, words.Tone);

    /// <summary>A quartile among England's acute trusts as a tag, its scope named.</summary>
    public static QuartileView EnglandQuartile(int quartile) => quartile switch
    {
        1 => new(1, "Q1 in England (best 25%)", "green"),
        2 => new(2, "Q2 in England (above median)", "aqua-green"),
        3 => new(3, "Q3 in England (below median)", "yellow"),
        _ => new(4, "Q4 in England (worst 25%)", "red"),
    };

    /// <summary>A quartile as a tag; null without one.</summary>
    public static QuartileView? Quartile(int? quartile, bool isJudgement) => (quartile, isJudgement) switch
    {
        (null, _) => null,
        (1, true) => new(1, "Q1 (best 25%)", "green"),
        (2, true) => new(2, "Q2 (above median)", "aqua-green"),
        (3, true) => new(3, "Q3 (below median)", "yellow"),
        (_, true) => new(4, "Q4 (worst 25%)", "red"),
        (1, false) => new(1, "Q1 (highest 25%)", "grey"),
        (2, false) => new(2, "Q2", "grey"),
        (3, false) => new(3, "Q3", "grey"),
        _ => new(4, "Q4 (lowest 25%)", "grey"),
    };

    /// <summary>"3 of 11 trusts in this portal"; or why there is no rank: a volume, or too few organisations.</summary>
    public static string Placing(int? rank, RankWithheld withheld, ComparisonScope? scope) => (rank, withheld, scope) switch
    {
        ({ } r, _, { } s) => FormattableString.Invariant($"{r} {s.OutOf}"),
        (_, RankWithheld.Volume, _) => "not ranked: a volume, which measures size",
        (_, RankWithheld.TooFewPeers, { } s) => $"too few organisations to rank ({s.Describe()})",
        _ => "not ranked",
    };

    /// <summary>A median with what it is of: "93.5%, 11 trusts in this portal" or "90.6%, peer group: large acute (4 trusts)".</summary>
    public static string MedianOf(double? median, ComparisonScope scope, Metric measure) =>
        median is { } m ? $"{FigureFormat.Format(m, measure)}, {scope.Describe()}" : "none";

    /// <summary>"3 of 11", or "not ranked".</summary>
    public static string Rank(int? rank, int? outOf) =>
        rank is { } r && outOf is { } n ? FormattableString.Invariant($"{r} of {n}") : "not ranked";

    /// <summary>Which way is better, in words.</summary>
    public static string Direction(Improvement improvement) => improvement switch
    {
        Improvement.Increase => "Higher is better",
        Improvement.Decrease => "Lower is better",
        _ => "Neither higher nor lower is better",
    };

    /// <summary>The unit in words.</summary>
    public static string UnitName(Unit unit) => unit switch
    {
        Unit.Count => "Count",
        Unit.Percent => "Percentage",
        Unit.Gbp => "Pounds (£)",
        Unit.Days => "Days",
        Unit.Wte => "Whole-time equivalent staff",
        _ => "Rate",
    };

    /// <summary>The domain's display name.</summary>
    public static string DomainName(Domain domain) => domain.ToString();

    /// <summary>A measure's name inside a sentence: its first letter lower-cased unless it starts an acronym ("A&amp;E attendances", "RTT waiting list").</summary>
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) && !StartsProperName(name) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    // "Faster Diagnosis Standard patients": a capitalised second word marks a name that keeps its capitals.
    private static bool StartsProperName(string name)
    {
        var words = name.Split(' ', 3);
        return words.Length > 1 && words[1].Length > 1 && char.IsUpper(words[1][0]) && char.IsLower(words[1][1]);
    }

    /// <summary>How an ICB figure is made from its trusts' figures, naming the rule; <paramref name="nameOf"/> names a metric id (the id itself when null).</summary>
    public static string Aggregation(Metric metric, Func<string, string>? nameOf = null)
    {
        string Name(string id) => InSentence(nameOf?.Invoke(id) ?? id);
        if (metric.IsRatio)
        {
            return $"ICB figure: ratio of sums, the trusts' {Name(metric.Numerator!)} added up ÷ their {Name(metric.Denominator!)} added up";
        }

        if (!metric.HasIcbFigure)
        {
            return metric.Aggregate == AggregateRule.Mean
                ? "No ICB figure: a percentage or rate cannot be averaged across trusts of different size without its counts or a declared weight"
                : "No ICB figure: adding the trusts' figures up would mean nothing";
        }

        return (metric.Aggregate, metric.Weight) switch
        {
            (AggregateRule.Sum, _) => "ICB figure: sum, the trusts' figures added up",
            (_, { } weight) => $"ICB figure: weighted mean, each trust's figure weighted by its {Name(weight)} (Σ {Name(weight)} × figure ÷ Σ {Name(weight)})",
            _ => "ICB figure: mean, the simple average of the trusts' figures",
        };
    }

    /// <summary>
    /// The target named by its kind: "trajectory 92.0% from Jan 2019, was 91.0% (national standard 95.0%)", "national standard 95.0%";
    /// "none" without a target. Without <paramref name="withChange"/> the change is left out: "trajectory 92.0% (national standard 95.0%)".
    /// </summary>
    public static string Target(TargetBasis? basis, Metric metric, bool withChange = true)
    {
        if (basis?.Value is not { } value)
        {
            return "none";
        }

        var national = basis.NationalStandard is { } n ? FigureFormat.Format(n, metric) : null;
        var figure = FigureFormat.Format(value, metric);
        var change = withChange && basis.Since is { } since
            ? $" from {since.ToShortDisplay()}{(basis.Previous is { } was && was != basis.NationalStandard ? $", was {FigureFormat.Format(was, metric)}" : string.Empty)}"
            : string.Empty;
        return basis.Kind switch
        {
            TargetKind.NationalStandard => $"national standard {figure}{change}",
            TargetKind.Everyone when basis.NationalStandard == value && change.Length == 0 => $"national standard {figure}",
            TargetKind.Everyone => $"target for every organisation {figure}{change}{(national is null ? string.Empty : $" (national standard {national})")}",
            _ => $"trajectory {figure}{change}{(national is null ? string.Empty : $" (national standard {national})")}",
        };
    }

    /// <summary>What the target is called: "trajectory", "national standard" or, for a target set for every organisation, "target".</summary>
    public static string TargetNoun(TargetBasis? basis) => basis?.Kind switch
    {
        TargetKind.Trajectory => "trajectory",
        TargetKind.NationalStandard => "national standard",
        TargetKind.Everyone when basis.Value == basis.NationalStandard => "national standard",
        _ => "target",
    };

    /// <summary>One money scale for a scorecard table's money figures (latest, plan and variance of every money measure in it).</summary>
    public static MoneyScale MoneyScaleOf(IEnumerable<ScorecardRow> rows) => FigureFormat.ScaleFor(rows
        .Where(r => r.Metric.Unit == Unit.Gbp)
        .SelectMany(r => new[] { r.Latest.AsNullable, r.Plan.AsNullable, r.Variance?.Size })
        .OfType<double>());

    /// <summary>A number, or "not set" without one.</summary>
    public static string Figure(double? value, Metric metric) => value is { } v ? FigureFormat.Format(v, metric) : "none";

    /// <summary>A gap's direction as a word.</summary>
    public static string DirectionWord(GapDirection direction) => direction switch
    {
        GapDirection.Favourable => "favourable",
        GapDirection.Adverse => "adverse",
        _ => string.Empty,
    };

    /// <summary>The tag colour for a gap's direction.</summary>
    public static string Tone(GapDirection direction) => direction switch
    {
        GapDirection.Favourable => "green",
        GapDirection.Adverse => "red",
        _ => "grey",
    };

    /// <summary>A gap as a sentence: "84.1% against 86.0%: -1.9 pp (-2.2%)".</summary>
    public static GapView Gap(string label, Gap gap, Metric metric, string comparatorName)
    {
        var percent = gap.Percent is { } p ? $" ({FigureFormat.SignedPercent(p)})" : string.Empty;
        var scale = FigureFormat.ScaleFor([gap.Actual, gap.Comparator, gap.Size]);
        var text = $"{FigureFormat.Format(gap.Actual, metric, scale)} against {comparatorName} of {FigureFormat.Format(gap.Comparator, metric, scale)}: {FigureFormat.FormatChange(gap.Size, metric, scale)}{percent}";
        return new GapView(label, text, DirectionWord(gap.Direction), Tone(gap.Direction));
    }

    /// <summary>A month range, such as "Apr 2018 to Mar 2019", or one month.</summary>
    public static string Months(Period from, Period to) =>
        from == to ? from.ToShortDisplay() : $"{from.ToShortDisplay()} to {to.ToShortDisplay()}";
}
