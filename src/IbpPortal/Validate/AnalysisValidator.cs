using IbpPortal.Analyse;
using IbpPortal.BoardPacks;
using IbpPortal.Diagnostics;
using IbpPortal.Load;

namespace IbpPortal.Validate;

/// <summary>The checks that need the analysis: SPC series that cannot vary or step, plan coherence, board-pack selection, commentary and narratives.</summary>
public static class AnalysisValidator
{
    /// <summary>Reports every finding at once; nothing here changes the analysis.</summary>
    public static void Validate(PortalInput input, SiteAnalysis analysis, DiagnosticBag diagnostics)
    {
        if (analysis.Data is not { } data)
        {
            return;
        }

        NoVariationWarnings.Report(data.Model, input.Data.Actuals, diagnostics);
        StepChangeWarnings.Report(data.Model, input.Data.Actuals, diagnostics);
        foreach (var finding in data.Coherence.Findings)
        {
            diagnostics.Add(finding.ToDiagnostic());
        }

        PackSelection.Check(input, data.Model, diagnostics);
        CommentaryChecks.Check(input, data.Model, diagnostics);
        NarrativeChecks.Check(input, data.Model, data.Packs, data.Changes, diagnostics);
    }
}
