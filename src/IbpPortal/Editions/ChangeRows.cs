using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using IbpPortal.Provenance;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.Editions;

/// <summary>The rows of one organisation's changes page: each change put into words, with the figure behind it where there is one.</summary>
internal sealed class ChangeRows(RenderContext context, AnalysisModel analysis, ProvenanceIndex provenance, Organisation org)
{
    public NewSignalView Signal(NewSignal s) => new(
        Find(s.Metric).Name,
        MetricUrl(s.Metric),
        s.From == s.To ? s.From.ToShortDisplay() : $"{s.From.ToShortDisplay()} to {s.To.ToShortDisplay()}",
        Cause(s.Cause),
        s.Cause switch { SpecialCause.Improvement => "blue", SpecialCause.Concern => "orange", _ => "purple" },
        Rule(s.Rule),
        ProvenanceSection.Figure(context, analysis, provenance.Lookup(org.Code, s.Metric, s.To)));

    public AssuranceMoveView Assurance(AssuranceMove a) => new(Find(a.Metric).Name, MetricUrl(a.Metric), Wording.Assurance(a.From), Wording.Assurance(a.To));

    public RankMoveView Rank(RankMove r)
    {
        var judged = Find(r.Metric).Improvement != Improvement.Neutral;
        return new RankMoveView(
            Find(r.Metric).Name,
            MetricUrl(r.Metric),
            $"{Wording.Rank(r.FromRank, r.FromOutOf)} ({r.FromPeriod.ToShortDisplay()})",
            $"{Wording.Rank(r.ToRank, r.ToOutOf)} ({r.ToPeriod.ToShortDisplay()})",
            r.PlacesGained switch
            {
                > 0 and var n => $"up {Places(n)}",
                < 0 and var n => $"down {Places(-n)}",
                _ => "same rank",
            },
            Wording.Quartile(r.FromQuartile, judged),
            Wording.Quartile(r.ToQuartile, judged),
            r.QuartileMoved);
    }

    public RestatedFigureView Restatement(RestatedFigure r) => new(
        Find(r.Metric).Name,
        MetricUrl(r.Metric),
        r.Period.ToShortDisplay(),
        FigureFormat.Format(r.Old, Find(r.Metric)),
        FigureFormat.Format(r.New, Find(r.Metric)),
        ProvenanceSection.Figure(context, analysis, provenance.Lookup(org.Code, r.Metric, r.Period)));

    private Metric Find(string id) => analysis.FindMetric(id)!;

    private string MetricUrl(string id) => context.Url(DataRoutes.Metric(id));

    private static string Places(int n) => n == 1 ? "1 place" : n.ToString(CultureInfo.InvariantCulture) + " places";

    private static string Cause(SpecialCause cause) => cause switch
    {
        SpecialCause.Improvement => "Improvement",
        SpecialCause.Concern => "Concern",
        _ => "Unusual (neither better nor worse)",
    };

    private static string Rule(SpcRule rule) => rule switch
    {
        SpcRule.OutsideLimits => "a point outside the process limits",
        SpcRule.Trend => "a trend of 7 points rising or falling",
        SpcRule.TwoInThree => "2 of 3 points close to a limit",
        SpcRule.Shift => "a shift of 7 points on one side of the mean",
        _ => "no rule",
    };
}
