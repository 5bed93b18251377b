using IbpPortal.Analyse;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections;
using IbpPortal.Theme;

namespace IbpPortal.Markdown.Shortcodes.Data;

/// <summary><c>{{&lt; benchmark metric="ae_4hr" [period="2019-03"] &gt;}}</c>: the trusts' ranking table, through the same partial as the metric page.</summary>
/// <param name="analysisModel">The plan data's analysis; null for a portal without plan data (the shortcode then reports that).</param>
/// <param name="templates">The theme's templates, for the partial the block is drawn with.</param>
public sealed class BenchmarkShortcode(RenderContext site, AnalysisModel? analysisModel, TemplateEngine templates) : IShortcode
{
    /// <inheritdoc />
    public string Name => "benchmark";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Block;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => ["metric"];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => ["period"];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context)
    {
        if (DataArguments.Analysis(call, context, analysisModel) is not { } analysis ||
            DataArguments.Metric(call, context, analysis) is not { } metric ||
            DataArguments.Period(call, context, analysis) is not { } period)
        {
            return null;
        }

        if (analysis.Benchmark(metric.Id, period).Trusts.Count == 0)
        {
            context.Error(call, ShortcodeCodes.NoFigure, $"no trust has a {metric.Id} figure for {period}", $"choose a month with figures, such as {analysis.ReportingPeriod}");
            return null;
        }

        var id = $"benchmark-{metric.Id}-{period}-L{call.Line + 1}";
        var table = BenchmarkViews.Table(site, analysis, metric, period, OrgType.Trust, id);
        return templates.RenderPartial("benchmark-table", table, context.Page.BodyLocation(call.Line, call.Column + 1), context.Diagnostics);
    }
}
