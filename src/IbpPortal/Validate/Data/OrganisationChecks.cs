using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks <c>organisations.csv</c>: unique codes, and every trust linked to a known ICB.</summary>
internal static class OrganisationChecks
{
    /// <summary>Reports problems and returns the organisations by code (first row of each code wins).</summary>
    public static Dictionary<string, Organisation> Check(IReadOnlyList<Organisation> organisations, DiagnosticBag diagnostics)
    {
        var byCode = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            if (!byCode.TryAdd(organisation.Code, organisation))
            {
                diagnostics.Error(
                    organisation.Source,
                    DataDiagnosticCodes.DuplicateOrganisation,
                    $"organisation '{organisation.Code}' is listed twice (also at line {byCode[organisation.Code].Source.Line})",
                    "keep one row per organisation code");
            }
        }

        var icbCodes = byCode.Values.Where(o => o.Type == OrgType.Icb).Select(o => o.Code).ToList();
        foreach (var organisation in organisations)
        {
            CheckParent(organisation, byCode, icbCodes, diagnostics);
        }

        return byCode;
    }

    private static void CheckParent(
        Organisation organisation, Dictionary<string, Organisation> byCode, List<string> icbCodes, DiagnosticBag diagnostics)
    {
        if (organisation.Type == OrgType.Icb)
        {
            if (organisation.Icb is not null)
            {
                diagnostics.Error(
                    organisation.Source,
                    DataDiagnosticCodes.IcbHasParent,
                    $"ICB '{organisation.Code}' has '{organisation.Icb}' in the icb column",
                    "leave icb blank for an ICB; it is only for a trust's parent ICB");
            }

            return;
        }

        if (organisation.Icb is null)
        {
            diagnostics.Warning(
                organisation.Source,
                DataDiagnosticCodes.TrustWithoutIcb,
                $"trust '{organisation.Code}' has no icb, so it is left out of every ICB's figures",
                "give the code of the ICB it belongs to");
        }
        else if (!byCode.TryGetValue(organisation.Icb, out var parent))
        {
            diagnostics.Error(
                organisation.Source,
                DataDiagnosticCodes.TrustIcbUnknown,
                $"trust '{organisation.Code}' names ICB '{organisation.Icb}', which is not in this file{NearestName.DidYouMean(organisation.Icb, icbCodes)}",
                "correct the code, or add the ICB as a row with type icb");
        }
        else if (parent.Type != OrgType.Icb)
        {
            diagnostics.Error(
                organisation.Source,
                DataDiagnosticCodes.TrustIcbNotIcb,
                $"trust '{organisation.Code}' names '{organisation.Icb}' as its ICB, but that is a {parent.Type.ToString().ToLowerInvariant()} (line {parent.Source.Line})",
                "give the code of an organisation whose type is icb");
        }
    }
}
