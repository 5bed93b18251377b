using IbpPortal.Analyse;
using IbpPortal.Model;

namespace IbpPortal.Markdown.Shortcodes.Data;

/// <summary>Resolves the <c>org</c>, <c>metric</c> and <c>period</c> arguments of the data shortcodes, reporting unknown ones with the nearest valid code.</summary>
internal static class DataArguments
{
    /// <summary>The analysis, or null after reporting that the portal has no plan data.</summary>
    public static AnalysisModel? Analysis(ShortcodeCall call, ShortcodeContext context, AnalysisModel? analysis)
    {
        if (analysis is null)
        {
            context.Error(call, ShortcodeCodes.NoFigure, $"the '{call.Name}' shortcode needs plan data, and this portal has none",
                "add the CSV files under data/ (see data/README.md), or remove the shortcode");
        }

        return analysis;
    }

    /// <summary>The organisation named by <c>org</c>, or null after reporting it.</summary>
    public static Organisation? Organisation(ShortcodeCall call, ShortcodeContext context, AnalysisModel analysis)
    {
        var code = call.Get("org") ?? string.Empty;
        if (analysis.FindOrganisation(code) is { } org)
        {
            return org;
        }

        var nearest = Suggest.Nearest(code, analysis.Organisations.Select(o => o.Code));
        context.Error(call, ShortcodeCodes.UnknownOrganisation, $"no organisation has the code '{code}'",
            nearest is not null ? $"did you mean '{nearest}'? Codes are listed in data/organisations.csv" : "use an ODS code from data/organisations.csv");
        return null;
    }

    /// <summary>The metric named by <c>metric</c>, or null after reporting it.</summary>
    public static Metric? Metric(ShortcodeCall call, ShortcodeContext context, AnalysisModel analysis)
    {
        var id = call.Get("metric") ?? string.Empty;
        if (analysis.FindMetric(id) is { } metric)
        {
            return metric;
        }

        var nearest = Suggest.Nearest(id, analysis.Metrics.Select(m => m.Id));
        context.Error(call, ShortcodeCodes.UnknownMetric, $"no metric has the id '{id}'",
            nearest is not null ? $"did you mean '{nearest}'? Ids are listed in data/metrics.csv" : "use an id from data/metrics.csv");
        return null;
    }

    /// <summary>The <c>period</c> argument, else the reporting period; null after reporting a malformed one.</summary>
    public static Period? Period(ShortcodeCall call, ShortcodeContext context, AnalysisModel analysis)
    {
        if (call.Get("period") is not { } text)
        {
            return analysis.ReportingPeriod;
        }

        if (Model.Period.TryParse(text, out var period))
        {
            return period;
        }

        context.Error(call, ShortcodeCodes.BadArguments, $"'{text}' is not a month", $"write the period as YYYY-MM, such as {analysis.ReportingPeriod}");
        return null;
    }
}
