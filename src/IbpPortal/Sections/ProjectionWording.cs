using IbpPortal.Analyse;
using IbpPortal.Analyse.Scenarios;
using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>How a projection's assumptions and baseline are put into words, on pages and in packs alike.</summary>
public static class ProjectionWording
{
    /// <summary>What the scenario assumes for this measure: its own change, or its numerator's and denominator's.</summary>
    public static string Assumption(Projection projection, Metric metric, AnalysisModel analysis)
    {
        if (projection.IsBaseline)
        {
            return "no adjustment";
        }

        if (!projection.IsAdjusted)
        {
            return "does not adjust this measure";
        }

        var parts = new List<string>();
        if (projection.AnnualChangePercent != 0)
        {
            parts.Add(Change(projection.AnnualChangePercent));
        }

        if (projection.NumeratorChangePercent is { } n && n != 0)
        {
            parts.Add($"{Change(n)} in {NameOf(metric.Numerator, analysis)}");
        }

        if (projection.DenominatorChangePercent is { } d && d != 0)
        {
            parts.Add($"{Change(d)} in {NameOf(metric.Denominator, analysis)}");
        }

        return string.Join("; ", parts);
    }

    /// <summary>How the baseline was made, in one phrase.</summary>
    public static string Basis(ProjectionSet set)
    {
        if (set.Fit is not { } fit)
        {
            return "too few figures to project";
        }

        var shape = fit.Method == BaselineMethod.Flat
            ? "the average of the latest three months, carried forward (too few months for a seasonal pattern)"
            : "each month as the same month last year, scaled to the latest 12 months' level";
        var trend = fit.AnnualTrend is { } t
            ? fit.Additive
                ? FormattableString.Invariant($", with a damped trend of {t:+#,0.##;-#,0.##} a year")
                : FormattableString.Invariant($", with a damped trend of {t * 100:+0.0;-0.0}% a year")
            : fit.Method == BaselineMethod.Flat ? string.Empty : ", with no trend (the last two years do not show a steady one)";
        var parts = set.FromParts ? "worked out from the projected numerator and denominator; " : string.Empty;
        return parts + shape + trend;
    }

    /// <summary>"+3% a year".</summary>
    public static string Change(double percent) => FormattableString.Invariant($"{percent:+0.#;-0.#}% a year");

    private static string NameOf(string? metricId, AnalysisModel analysis) =>
        metricId is null ? "its parts" : analysis.FindMetric(metricId)?.Name.ToLowerInvariant() ?? metricId;
}
