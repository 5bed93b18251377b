using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks <c>rebase.csv</c>: organisations (or <c>*</c>) and metrics must be known.</summary>
internal static class RebaseChecks
{
    /// <summary>Reports every unknown code, once per code.</summary>
    public static void Check(IReadOnlyList<Rebase> rebases, KnownCodes codes, DiagnosticBag diagnostics)
    {
        var unknownOrgs = new UnknownCodeTally();
        var unknownMetrics = new UnknownCodeTally();
        foreach (var rebase in rebases)
        {
            if (rebase.Org != "*" && !codes.Organisations.ContainsKey(rebase.Org))
            {
                unknownOrgs.Add(rebase.Org, rebase.Source);
            }

            if (!codes.Metrics.ContainsKey(rebase.Metric))
            {
                unknownMetrics.Add(rebase.Metric, rebase.Source);
            }
        }

        unknownOrgs.Report((location, code, more) => codes.ReportUnknownOrganisation(location, code, more, diagnostics));
        unknownMetrics.Report((location, id, more) => codes.ReportUnknownMetric(location, id, more, diagnostics));
    }
}
