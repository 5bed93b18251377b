using IbpPortal.Analyse;
using IbpPortal.BoardPacks;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Model;

namespace IbpPortal.Validate;

/// <summary>Checks board-pack commentary files against the organisations and the reporting period.</summary>
public static class CommentaryChecks
{
    /// <summary>An unknown organisation or a malformed period is an error; commentary for another period is a warning (it is not used).</summary>
    public static void Check(PortalInput input, AnalysisModel analysis, DiagnosticBag diagnostics)
    {
        foreach (var commentary in input.Commentary.Where(c => !c.IsNarrative))
        {
            var at = new SourceLocation(commentary.Page.SourcePath, 1);
            if (analysis.FindOrganisation(commentary.OrgCode) is null)
            {
                diagnostics.Error(at, BoardPackCodes.CommentaryOrganisation,
                    $"commentary for '{commentary.OrgCode}', which is not in data/organisations.csv",
                    "put board-pack commentary in input/board-packs/<organisation code>/<YYYY-MM>.md");
            }
            else if (!Period.TryParse(commentary.Period, out _))
            {
                diagnostics.Error(at, BoardPackCodes.CommentaryPeriod,
                    $"the commentary file's name does not start with a period (YYYY-MM)",
                    $"name it {analysis.ReportingPeriod}.md (or {analysis.ReportingPeriod}-part2.md for an extra part)");
            }
            else if (commentary.Period != analysis.ReportingPeriod.ToString())
            {
                diagnostics.Warning(at, BoardPackCodes.CommentaryPeriod,
                    $"this commentary is for {commentary.Period}, but the packs report on {analysis.ReportingPeriod}, so it is not used",
                    "rename it to the reporting period, or change reporting_period in portal.yml");
            }
        }
    }
}
