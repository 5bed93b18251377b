using IbpPortal.Analyse;
using IbpPortal.Render;
using IbpPortal.Sections;
using IbpPortal.Theme;

namespace IbpPortal.Markdown.Shortcodes.Data;

/// <summary><c>{{&lt; spc org="RR8" metric="ae_4hr" &gt;}}</c>: the organisation's SPC chart block, through the same <c>chart</c> partial as its page.</summary>
/// <param name="analysisModel">The plan data's analysis; null for a portal without plan data (the shortcode then reports that).</param>
/// <param name="templates">The theme's templates, for the partial the block is drawn with.</param>
public sealed class SpcShortcode(RenderContext site, AnalysisModel? analysisModel, TemplateEngine templates) : IShortcode
{
    /// <inheritdoc />
    public string Name => "spc";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Block;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => ["org", "metric"];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => [];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context)
    {
        if (DataArguments.Analysis(call, context, analysisModel) is not { } analysis ||
            DataArguments.Organisation(call, context, analysis) is not { } org ||
            DataArguments.Metric(call, context, analysis) is not { } metric)
        {
            return null;
        }

        if (analysis.Actual(org.Code, metric.Id).IsEmpty)
        {
            context.Error(call, ShortcodeCodes.NoFigure, $"{org.Code} has no {metric.Id} figures to chart", "choose a metric this organisation reports");
            return null;
        }

        var chart = SeriesViews.Spc(site, analysis, org, metric);
        return templates.RenderPartial("chart", chart, context.Page.BodyLocation(call.Line, call.Column + 1), context.Diagnostics, context.Charts);
    }
}
