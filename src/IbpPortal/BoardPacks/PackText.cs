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

    /// <summary>The latest figure, with its month when it is not the reporting period (so periods never mix silently).</summary>
    public static string Latest(ScorecardRow row, Period reporting) =>
        FigureFormat.Format(row.Latest, row.Metric) + (row.Period != reporting && row.Latest.HasValue ? $" ({row.Period.ToShortDisplay()})" : string.Empty);

    public static string Plan(ScorecardRow row) => row.Plan.HasValue ? FigureFormat.Format(row.Plan.Number, row.Metric) : None;

    public static string Variance(ScorecardRow row) => row.Variance is { } gap ? FigureFormat.FormatChange(gap.Size, row.Metric) : None;

    public static string Target(ScorecardRow row) => row.Target is { } t ? FigureFormat.Format(t, row.Metric) : None;

    /// <summary>"3 of 11 Q1" (the rank kept on one line, the quartile on the next when the column is narrow); why there is none; or a dash without a figure.</summary>
    /// <remarks>The scope ("of 11 trusts in this portal") is named once beside the table: <see cref="RankScope"/>.</remarks>
    public static string Rank(ScorecardRow row) => row switch
    {
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

    /// <summary>The variance cell: the figure and its direction in words, coloured by it (so colour is never the only cue).</summary>
    public static TableCell VarianceCell(ScorecardRow row) => new(Gap(row.Variance, row.Metric)) { Colour = row.Variance is { } g ? Tone(g.Direction) : null };

    /// <summary>One or two plain sentences on a measure for the board: latest against plan and target, what the SPC chart says, and whether the target will be met.</summary>
    public static string MeasureCommentary(ScorecardRow row, Period reporting)
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

        if (row.Target is { } t)
        {
            text += $"; the target is {FigureFormat.Format(t, m)}";
        }

        text += ". " + Wording.Variation(row.Variation).Sentence + ".";
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
