using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks <c>quality.csv</c>: known organisations and metrics, one rating per pair.</summary>
internal static class QualityChecks
{
    /// <summary>Reports every unknown code once and every repeated pair with both lines.</summary>
    public static void Check(IReadOnlyList<QualityRating> ratings, KnownCodes codes, DiagnosticBag diagnostics)
    {
        var unknownOrgs = new UnknownCodeTally();
        var unknownMetrics = new UnknownCodeTally();
        var seen = new Dictionary<(string, string), QualityRating>();
        foreach (var rating in ratings)
        {
            if (!codes.Organisations.ContainsKey(rating.Org))
            {
                unknownOrgs.Add(rating.Org, rating.Source);
            }

            if (!codes.Metrics.ContainsKey(rating.Metric))
            {
                unknownMetrics.Add(rating.Metric, rating.Source);
            }

            if (!seen.TryAdd((rating.Org, rating.Metric), rating))
            {
                diagnostics.Error(rating.Source, DataDiagnosticCodes.QualityDuplicate,
                    $"{rating.Org} {rating.Metric} is rated twice (also at line {seen[(rating.Org, rating.Metric)].Source.Line})",
                    "keep one rating per organisation and metric");
            }
        }

        unknownOrgs.Report((location, code, more) => codes.ReportUnknownOrganisation(location, code, more, diagnostics));
        unknownMetrics.Report((location, id, more) => codes.ReportUnknownMetric(location, id, more, diagnostics));
    }
}
