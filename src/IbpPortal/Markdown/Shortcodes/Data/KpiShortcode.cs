using System.Net;
using IbpPortal.Analyse;
using IbpPortal.Sections;

namespace IbpPortal.Markdown.Shortcodes.Data;

/// <summary><c>{{&lt; kpi org="RR8" metric="ae_4hr" [period="2019-03"] &gt;}}</c>: one figure inside a sentence, or its absent label ("suppressed").</summary>
/// <param name="analysisModel">The plan data's analysis; null for a portal without plan data (the shortcode then reports that).</param>
public sealed class KpiShortcode(AnalysisModel? analysisModel) : IShortcode
{
    /// <inheritdoc />
    public string Name => "kpi";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Inline;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => ["org", "metric"];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => ["period"];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context)
    {
        if (DataArguments.Analysis(call, context, analysisModel) is not { } analysis ||
            DataArguments.Organisation(call, context, analysis) is not { } org ||
            DataArguments.Metric(call, context, analysis) is not { } metric ||
            DataArguments.Period(call, context, analysis) is not { } period)
        {
            return null;
        }

        var series = analysis.Actual(org.Code, metric.Id);
        var last = analysis.CutOff.Of(metric.Id);
        if (series.IsEmpty || period < series.Start || period > last)
        {
            context.Error(call, ShortcodeCodes.NoFigure,
                $"there is no {metric.Id} figure for {org.Code} in {period}",
                series.IsEmpty ? "choose a metric this organisation reports" : $"choose a month from {series.Start} to {(series.End < last ? series.End : last)}");
            return null;
        }

        var illustrative = Wording.IsIllustrative(metric);
        var label = $"{metric.Name}, {org.Name}, {period.ToLongDisplay()}" + (illustrative ? " (illustrative synthetic figure)" : string.Empty);
        return $"<span class=\"ibp-kpi-inline{(illustrative ? " ibp-kpi-inline--illustrative" : string.Empty)}\" title=\"{WebUtility.HtmlEncode(label)}\" data-org=\"{WebUtility.HtmlEncode(org.Code)}\" data-metric=\"{WebUtility.HtmlEncode(metric.Id)}\">" +
            WebUtility.HtmlEncode(FigureFormat.Format(series.At(period), metric)) + "</span>";
    }
}
