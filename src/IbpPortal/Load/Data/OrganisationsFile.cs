using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>organisations.csv</c>.</summary>
internal static class OrganisationsFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly string[] Columns = ["code", "name", "type", "icb", "region", "peer_group"];

    /// <summary>Reads every organisation; a row with an unknown type is reported and kept (typed by whether it has an ICB) so that other files' checks still find it.</summary>
    public static List<Organisation> Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var organisations = new List<Organisation>();
        DataCsv.ReadRows(fullPath, displayPath, Columns, [], diagnostics, row =>
        {
            var ok = Cells.TryRequired(row, "code", diagnostics, out var code);
            ok &= Cells.TryRequired(row, "name", diagnostics, out var name);
            var icb = row["icb"];
            if (!Cells.TryWord<OrgType>(row, "type", DataDiagnosticCodes.UnknownOrgType, diagnostics, out var type))
            {
                type = icb.Length == 0 ? OrgType.Icb : OrgType.Trust;
            }

            if (code.Length > 0)
            {
                organisations.Add(new Organisation(
                    code, ok ? name : code, type, icb.Length == 0 ? null : icb, row["region"], row["peer_group"], row.Location));
            }
        });
        return organisations;
    }
}
