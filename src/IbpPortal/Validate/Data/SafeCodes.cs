using System.Text.RegularExpressions;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Organisation codes and metric ids become page addresses and file names, so they must be plain: letters, digits, '_' and '-'.</summary>
internal static partial class SafeCodes
{
    public static void Check(PlanData data, DiagnosticBag diagnostics)
    {
        foreach (var organisation in data.Organisations.Where(o => !Safe().IsMatch(o.Code)))
        {
            diagnostics.Error(organisation.Source, DataDiagnosticCodes.UnsafeCode,
                $"the organisation code '{organisation.Code}' has characters that cannot be part of a web address",
                "use the ODS code: letters and digits only (for example RJ1 or QWO)");
        }

        foreach (var metric in data.Metrics.Where(m => !Safe().IsMatch(m.Id)))
        {
            diagnostics.Error(metric.Source, DataDiagnosticCodes.UnsafeCode,
                $"the metric id '{metric.Id}' has characters that cannot be part of a web address",
                "use letters, digits and underscores only (for example ae_4hr)");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex Safe();
}
