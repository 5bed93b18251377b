using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.BoardPacks;
using IbpPortal.BoardPacks.Sections;
using IbpPortal.Model;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections.Summary;

/// <summary>Builds what an organisation page leads with from the same <see cref="ExceptionReview"/> the board pack uses.</summary>
internal static class OrganisationSummary
{
    /// <summary>At most this many key-measure tiles: one row at 1280 px, so the summary stays within about four screens.</summary>
    public const int MaxTiles = 4;

    /// <summary>How many of a measure's latest figures its sparkline draws.</summary>
    public const int SparklinePoints = 13;

    /// <summary>The summary of <paramref name="scorecard"/> as reviewed in <paramref name="review"/>; each measure links to its section, <c>#metric-{id}</c>.</summary>
    public static OrganisationSummaryView Build(AnalysisModel analysis, Scorecard scorecard, ExceptionReview review)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(review);
        return new OrganisationSummaryView(
            Matrix(review.Matrix),
            [.. review.Exceptions.Select(Exception)],
            [.. review.Improvements.Select(i => Link(i.Metric))],
            Tiles(analysis, scorecard, review));
    }

    /// <summary>The in-page link to a measure's section.</summary>
    public static MeasureLinkView Link(Metric metric) => new(metric.Name, "#" + Anchor(metric));

    /// <summary>The id of a measure's section on an organisation page.</summary>
    public static string Anchor(Metric metric) => "metric-" + metric.Id;

    private static MatrixView Matrix(SummaryMatrix matrix)
    {
        var columns = SummaryMatrix.Assurances.Select(a => new MatrixColumnView(
            MatrixSection.AssuranceHeading(a),
            SummaryMatrix.Variations.Any(v => matrix.Cell(v, a).Count > MatrixView.CrowdedCell))).ToList();
        var rows = SummaryMatrix.Variations.Select(variation => new MatrixRowView(
            MatrixSection.VariationHeading(variation),
            Wording.Variation(MatrixSection.Icon(variation)),
            [.. SummaryMatrix.Assurances.Select(assurance => new MatrixCellView(
                MatrixSection.AssuranceHeading(assurance),
                [.. matrix.Cell(variation, assurance).Select(r => Link(r.Metric))]))])).ToList();
        return new MatrixView(columns, rows, [.. matrix.Uncharted.Select(r => Link(r.Metric))], matrix.Count);
    }

    private static ExceptionView Exception(ExceptionFinding finding) => new(
        Link(finding.Metric),
        FigureFormat.Format(finding.Row.Latest, finding.Metric),
        finding.Row.Period.ToDisplay(finding.Metric.Frequency),
        Wording.Target(finding.Row.TargetBasis, finding.Metric, withChange: false),
        [.. finding.Reasons.Select(ExceptionWords.Reason)]);

    /// <summary>The most serious exceptions first, then measures with a target, then the rest, each in scorecard order.</summary>
    private static List<TileView> Tiles(AnalysisModel analysis, Scorecard scorecard, ExceptionReview review) =>
        [.. scorecard.Rows
            .Select((row, order) => (Row: row, Order: order))
            .Where(x => x.Row.Latest.HasValue)
            .OrderByDescending(x => review.ExceptionFor(x.Row.Metric.Id)?.Severity ?? 0)
            .ThenBy(x => x.Row.Target is null ? 1 : 0)
            .ThenBy(x => x.Order)
            .Take(MaxTiles)
            .Select(x => Tile(analysis, scorecard.Organisation, x.Row))];

    private static TileView Tile(AnalysisModel analysis, Organisation org, ScorecardRow row)
    {
        var metric = row.Metric;
        var points = analysis.Actual(org.Code, metric.Id)
            .Where(p => p.Value.HasValue && p.Period <= row.Period)
            .TakeLast(SparklinePoints)
            .ToList();
        var trend = points.Count < 2
            ? "Too few figures to show a trend."
            : $"Last {points.Count} figures, {points[0].Period.ToDisplay(metric.Frequency)} to {points[^1].Period.ToDisplay(metric.Frequency)}: "
              + $"from {FigureFormat.Format(points[0].Value, metric)} to {FigureFormat.Format(points[^1].Value, metric)}.";
        return new TileView(
            Link(metric),
            FigureFormat.Format(row.Latest, metric),
            row.Period.ToDisplay(metric.Frequency),
            Wording.Target(row.TargetBasis, metric, withChange: false),
            Wording.Variation(row.Variation),
            Wording.Assurance(row.Assurance),
            Sparkline.Svg([.. points.Select(p => (double?)p.Value.Number)]),
            trend,
            Wording.IsIllustrative(metric));
    }
}
