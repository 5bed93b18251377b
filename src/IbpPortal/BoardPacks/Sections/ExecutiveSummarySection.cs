using IbpPortal.Analyse;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The executive summary: headline KPI tiles, then the written commentary, or a summary generated from the analysis when none was written.</summary>
internal sealed class ExecutiveSummarySection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        report.Heading(1, "Executive summary", PackAnchors.Summary);
        Tiles(report, pack);
        if (pack.Summary is { } summary)
        {
            CommentaryMarkdown.Compose(report, summary.Page.Body);
        }
        else
        {
            Generated(report, pack);
        }

        report.PageBreak();
    }

    static void Tiles(PdfReport report, PackContext pack)
    {
        var tiles = pack.Headlines.Select(row => Tile(row, pack)).ToList();
        if (tiles.Count == 0)
            return;
        for (int i = 0; i < tiles.Count; i += 4)
            report.Kpis([.. tiles.Skip(i).Take(4)]);
        report.Note("Tiles show the latest month; the icon is the SPC variation (see the key in the methodology appendix). "
            + "Coloured bars: blue special-cause improvement, orange concern, grey common cause.");
    }

    static KpiTile Tile(ScorecardRow row, PackContext pack)
    {
        var notes = new List<string>();
        if (row.Period != pack.Period)
            notes.Add(row.Period.ToShortDisplay());
        if (row.Plan.HasValue)
            notes.Add("Plan " + PackText.Plan(row));
        if (row.Target is not null)
            notes.Add(PackText.Target(row, withChange: true));
        if (row.Assurance != AssuranceIcon.None)
            notes.Add(Wording.Assurance(row.Assurance).Label);
        var label = row.Metric.Name + (PackText.Illustrative(row.Metric) ? " (illustrative)" : string.Empty);
        return new KpiTile(label, FigureFormat.Format(row.Latest, row.Metric))
        {
            Note = notes.Count > 0 ? string.Join(" · ", notes) : null,
            Status = Status(row.Variation),
            Icon = PackIcons.Variation(row.Variation, SpcIcons.VariationLabel(row.Variation)),
        };
    }

    static PdfSharp.Drawing.XColor Status(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => PackIcons.Colour(ChartTheme.Improvement),
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => PackIcons.Colour(ChartTheme.Concern),
        VariationIcon.NeitherHigh or VariationIcon.NeitherLow => PackIcons.Colour(ChartTheme.Neither),
        _ => NhsColours.MidGrey,
    };

    /// <summary>What improved, what is of concern and which targets are at risk, in plain words.</summary>
    static void Generated(PdfReport report, PackContext pack)
    {
        var rows = pack.RowsWithValues.ToList();
        var year = pack.Period.FinancialYearStart.Year;
        var yearEnd = pack.Period.Month == 3 ? $", the last month of {year}/{(year + 1) % 100:00}" : string.Empty;
        report.Paragraph(p => p
            .Text($"This pack reports the performance of {pack.Org.Name} for {pack.Period.ToLongDisplay()}{yearEnd}, across {rows.Count} measures in {pack.Scorecard.Domains.Count} domains. ")
            .Text("It uses statistical process control to separate real change from ordinary month-to-month variation; see the ")
            .LinkTo("methodology", PackAnchors.Methodology).Text(". No written commentary was provided for this period, so this summary is generated from the analysis."));

        var improved = rows.Where(r => r.Variation is VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow).ToList();
        var concern = rows.Where(r => r.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow).ToList();
        var atRisk = rows.Where(r => r.Assurance is AssuranceIcon.Fail or AssuranceIcon.HitAndMiss)
            .OrderBy(r => r.Assurance == AssuranceIcon.Fail ? 0 : 1).ToList();
        var behind = rows.Where(r => r.Variance?.Direction == GapDirection.Adverse).ToList();

        report.Heading(2, "What has improved", bookmark: false);
        Points(report, improved, r => $"{Latest(r, pack)}: special cause improvement, a change beyond normal variation.",
            "No measure shows special cause improvement this month.");

        report.Heading(2, "Areas of concern", bookmark: false);
        Points(report, concern, r => $"{Latest(r, pack)}: special cause concern, a change beyond normal variation that needs the board's attention.",
            "No measure shows special cause concern this month.");

        report.Heading(2, "Targets at risk", bookmark: false);
        Points(report, atRisk, r => r.Assurance == AssuranceIcon.Fail
                ? $"{Latest(r, pack)} against the {PackText.Target(r).ToLowerInvariant()}: the target will not be met unless the process changes."
                : $"{Latest(r, pack)} against the {PackText.Target(r).ToLowerInvariant()}: the target will be met in some months and missed in others.",
            "No target is at risk: every measure with a target is expected to meet it consistently.");

        var planned = rows.Count(r => r.Variance is not null);
        if (planned > 0)
        {
            report.Heading(2, "Against plan", bookmark: false);
            report.Paragraph(behind.Count == 0
                ? $"All {planned} measures with a plan for the month are on or ahead of it."
                : $"{behind.Count} of the {planned} measures with a plan for the month are behind it: {string.Join("; ", behind.Select(r => $"{Name(r)} ({PackText.Variance(r)})"))}. The gaps section sets out the year to date.");
        }

        report.Paragraph(p => p.Bold("The board is asked to ").Text("note the position and the measures of concern, and to seek assurance on the actions for the targets at risk."));
    }

    static void Points(PdfReport report, List<ScorecardRow> rows, Func<ScorecardRow, string> text, string none)
    {
        if (rows.Count == 0)
            report.Paragraph(none);
        else
            report.Bullets(rows.Select(text));
    }

    static string Name(ScorecardRow row) => row.Metric.Name + (PackText.Illustrative(row.Metric) ? " (illustrative)" : string.Empty);

    static string Latest(ScorecardRow row, PackContext pack) =>
        $"{Name(row)} was {FigureFormat.Format(row.Latest, row.Metric)} in {row.Period.ToLongDisplay()}";
}
