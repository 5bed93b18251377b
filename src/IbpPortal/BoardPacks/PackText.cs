using IbpPortal.Analyse;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Model;
using IbpPortal.Sections;
using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks;

/// <summary>The pack's figures and sentences, formatted with <see cref="FigureFormat"/> and worded with <see cref="Wording"/> as the web pages are.</summary>
internal static class PackText
{
    /// <summary>Shown in a table cell with no figure.</summary>
    public const string None = "—";

    /// <summary>The latest figure, with its month when it is not the reporting period (so periods never mix silently); the
    /// month is kept on one line ("(Sep 2024)"), so that a narrow cell breaks between the figure and its month.</summary>
    public static string Latest(ScorecardRow row, Period reporting, MoneyScale? scale = null) =>
        (scale is { } s ? FigureFormat.Format(row.Latest, row.Metric, s) : FigureFormat.Format(row.Latest, row.Metric)) + (row.Period != reporting && row.Latest.HasValue ? $" ({row.Period.ToShortDisplay().Replace(' ', '\u00A0')})" : string.Empty);

    public static string Plan(ScorecardRow row, MoneyScale? scale = null) => !row.Plan.HasValue ? None
        : scale is { } s ? FigureFormat.Format(row.Plan.Number, row.Metric, s) : FigureFormat.Format(row.Plan.Number, row.Metric);

    public static string Variance(ScorecardRow row, MoneyScale? scale = null) => row.Variance is not { } gap ? None
        : scale is { } s ? FigureFormat.FormatChange(gap.Size, row.Metric, s) : FigureFormat.FormatChange(gap.Size, row.Metric);

    /// <summary>The target named by its kind, "Trajectory 92.0% (national standard 95.0%)"; with <paramref name="withChange"/> also since when and what it was.</summary>
    public static string Target(ScorecardRow row, bool withChange = false) =>
        row.Target is null ? None : Capitalised(Wording.Target(TargetBasisOf(row), row.Metric, withChange));

    /// <summary>The scorecard table's cell under "Trajectory / standard": "92.0% / 95.0%"; "— / 92.0%" where the national standard is the target.</summary>
    public static string TargetCell(ScorecardRow row)
    {
        if (row.Target is null)
        {
            return None;
        }

        var basis = TargetBasisOf(row);
        var standard = basis.NationalStandard is { } n ? FigureFormat.Format(n, row.Metric) : None;
        var own = basis.Kind == Analyse.Series.TargetKind.NationalStandard || (basis.Kind == Analyse.Series.TargetKind.Everyone && basis.Value == basis.NationalStandard)
            ? None
            : FigureFormat.Format(basis.Value!.Value, row.Metric);
        return $"{own} / {standard}";
    }

    /// <summary>The row's target basis; a bare national standard for rows made without one.</summary>
    private static Analyse.Series.TargetBasis TargetBasisOf(ScorecardRow row) =>
        row.TargetBasis ?? new(row.Target, Analyse.Series.TargetKind.NationalStandard, null, null, row.Target);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"3 of 11 Q1", or "40 of 124 Eng. Q2" where the trust is placed among England's acute trusts (the rank kept on one line, and "Eng. Q2" on the next when the column is narrow); why there is none; or a dash without a figure.</summary>
    /// <remarks>The scope ("of 11 trusts in this portal") is named once beside the table: <see cref="RankScope"/>.</remarks>
    public static string Rank(ScorecardRow row) => row switch
    {
        { England: { Rank: { } e } england } => FormattableString.Invariant($"{e}\u00A0of\u00A0{england.Count} Eng.") + (england.Quartile is { } eq ? $"\u00A0Q{eq}" : string.Empty),
        { Rank: { } r } => Wording.Rank(r, row.RankOutOf).Replace(' ', '\u00A0') + (row.Quartile is { } q ? $" Q{q}" : string.Empty),
        { Withheld: Analyse.Benchmarking.RankWithheld.Volume } => "volume",
        { Withheld: Analyse.Benchmarking.RankWithheld.TooFewPeers } => "too few to rank",
        _ => None,
    };

    /// <summary>"Ranks are among the 11 trusts in this portal with a figure; volumes (counts, £, WTE) are not ranked."</summary>
    public static string RankScope(IEnumerable<ScorecardRow> rows)
    {
        var scopes = rows.Where(r => r.Rank is not null && r.Scope is not null).Select(r => r.Scope!.Describe()).Distinct().ToList();
        var among = scopes.Count == 0 ? "No measure is ranked" : $"Ranks and quartiles are among the {string.Join(" or ", scopes)} with a figure, 1 being the best";
        if (rows.Any(r => r.England?.Rank is not null))
        {
            among = $"Ranks marked \"Eng.\" are among the {Analyse.Benchmarking.EnglandScope.AcuteTrusts} with a figure in the month shown (NHS England's published statistics); "
                + (scopes.Count == 0 ? "no other measure is ranked" : $"the others are among the {string.Join(" or ", scopes)} with a figure") + "; 1 is the best";
        }

        return $"{among}. \"Volume\": a count, £ or WTE measures size, not performance, and is not ranked. \"Too few to rank\": too few organisations to rank, fewer than {Model.Metric.MinimumRankedPeers} with a figure.";
    }

    /// <summary>The colour of a gap's figure: green favourable, red adverse.</summary>
    public static XColor? Tone(GapDirection direction) => direction switch
    {
        GapDirection.Favourable => NhsColours.Green,
        GapDirection.Adverse => NhsColours.Red,
        _ => null,
    };

    /// <summary>A signed gap with its direction, such as "-2.1 pp (adverse)".</summary>
    public static string Gap(Gap? gap, Metric metric) => gap is null ? None
        : FigureFormat.FormatChange(gap.Size, metric) + (gap.Direction == GapDirection.None ? string.Empty : $" ({Wording.DirectionWord(gap.Direction)})");

    /// <summary>A variation cell: the icon and its short words.</summary>
    public static TableCell VariationCell(VariationIcon icon) => new(Wording.Variation(icon).Label) { Icon = PackIcons.Variation(icon) };

    /// <summary>An assurance cell: the icon and its short words.</summary>
    public static TableCell AssuranceCell(AssuranceIcon icon) => new(Wording.Assurance(icon).Label) { Icon = PackIcons.Assurance(icon) };

    /// <summary>A gap cell coloured by its direction.</summary>
    public static TableCell GapCell(Gap? gap, Metric metric) => new(Gap(gap, metric)) { Colour = gap is null ? null : Tone(gap.Direction) };

    /// <summary>The variance cell: the figure (in the table's money scale) and its direction in words, coloured by it (so colour is never the only cue).</summary>
    public static TableCell VarianceCell(ScorecardRow row, MoneyScale? scale = null)
    {
        var figure = Variance(row, scale);
        // A gap that rounds to nothing at the figures' precision ("0.0 pp") is on plan: never shown as adverse in red.
        if (row.Variance is not null && !figure.Any(c => c is >= '1' and <= '9'))
        {
            return new TableCell(figure + " (on plan)");
        }

        return new TableCell(figure + (row.Variance is { Direction: not GapDirection.None } g ? $" ({Wording.DirectionWord(g.Direction)})" : string.Empty))
        {
            Colour = row.Variance is { } v ? Tone(v.Direction) : null,
        };
    }

    /// <summary>One or two plain sentences on a measure for the board: latest against plan and target, what the SPC chart says, and whether the target will be met.</summary>
    /// <param name="segment">What the SPC chart's current segment shows (<see cref="Charts.SpcNarrative"/>), told after the latest month's state.</param>
    public static string MeasureCommentary(ScorecardRow row, Period reporting, string? segment = null)
    {
        var m = row.Metric;
        if (!row.Latest.HasValue)
        {
            return $"No figure for {reporting.ToLongDisplay()}: {row.Latest.AbsentLabel}.";
        }

        var text = $"{FigureFormat.Format(row.Latest, m)} in {row.Period.ToLongDisplay()}";
        if (row.Variance is { } v && row.Plan.HasValue)
        {
            var side = v.Direction switch
            {
                GapDirection.Favourable => "better than",
                GapDirection.Adverse => "behind",
                _ => v.Size == 0 ? "in line with" : "against",
            };
            text += $", {side} the plan of {FigureFormat.Format(row.Plan.Number, m)} ({FigureFormat.FormatChange(v.Size, m)})";
        }

        if (row.Target is not null)
        {
            text += $"; the target is the {Wording.Target(TargetBasisOf(row), m)}";
        }

        text += ". " + Wording.Variation(row.Variation).Sentence + ".";
        if (segment is { Length: > 0 })
        {
            text += " " + segment;
        }

        if (row.Assurance != AssuranceIcon.None)
        {
            text += " " + Wording.Assurance(row.Assurance).Sentence + ".";
        }

        if (row.ShortSeries)
        {
            text += " The limits are provisional: fewer than 13 points since the last re-base.";
        }

        return text;
    }

    /// <summary>True when the measure's figures are synthetic.</summary>
    public static bool Illustrative(Metric metric) => Wording.IsIllustrative(metric);
}
