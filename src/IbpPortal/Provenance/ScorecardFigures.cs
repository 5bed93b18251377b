using IbpPortal.Analyse;

namespace IbpPortal.Provenance;

/// <summary>The figures an organisation's scorecard shows (actual, plan and target of each measure in its month), with their provenance.</summary>
public static class ScorecardFigures
{
    /// <summary>For each scorecard row in order: its actual, plan and target (those the row shows or that have data lines).</summary>
    public static IReadOnlyList<FigureProvenance> Of(AnalysisModel analysis, ProvenanceIndex provenance, string org)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(provenance);
        var result = new List<FigureProvenance>();
        foreach (var row in analysis.Scorecard(org).Rows)
        {
            foreach (var series in new[] { FigureSeries.Actual, FigureSeries.Plan, FigureSeries.Target })
            {
                var figure = provenance.Lookup(org, row.Metric.Id, row.Period, series);
                if (series == FigureSeries.Actual || figure.Value.HasValue || figure.Inputs.Count > 0)
                {
                    result.Add(figure);
                }
            }
        }

        return result;
    }
}
