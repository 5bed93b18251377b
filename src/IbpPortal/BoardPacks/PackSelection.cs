using IbpPortal.Analyse;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.Settings;

namespace IbpPortal.BoardPacks;

/// <summary>Which organisations get a board pack: <c>--packs</c>, else <c>packs</c> in <c>portal.yml</c> (codes, <c>all</c> or <c>none</c>).</summary>
public static class PackSelection
{
    /// <summary>The selected organisations, in the order asked for; codes not in the data are left out (see <see cref="Check"/>).</summary>
    public static IReadOnlyList<Organisation> Of(PortalInput input, AnalysisModel analysis)
    {
        var requested = Requested(input);
        if (requested.Count == 0 || requested.Any(r => r.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        if (requested.Any(r => r.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return [.. analysis.Organisations];
        }

        return [.. requested.Select(analysis.FindOrganisation).OfType<Organisation>()];
    }

    /// <summary>Reports each requested code that is not in <c>data/organisations.csv</c>, with the nearest code.</summary>
    public static void Check(PortalInput input, AnalysisModel analysis, DiagnosticBag diagnostics)
    {
        var requested = Requested(input);
        if (requested.Any(r => r.Equals("none", StringComparison.OrdinalIgnoreCase) || r.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        foreach (var code in requested.Where(c => analysis.FindOrganisation(c) is null))
        {
            var suggestion = Suggest.Nearest(code, analysis.Organisations.Select(o => o.Code));
            diagnostics.Error(input.Options.Packs is null ? new SourceLocation(SettingsLoader.FileName, 1) : new SourceLocation("<command line>", 0),
                BoardPackCodes.UnknownOrganisation, $"a board pack was asked for '{code}', which is not in data/organisations.csv",
                suggestion is null ? "use organisation codes from data/organisations.csv" : $"did you mean '{suggestion}'?");
        }
    }

    private static IReadOnlyList<string> Requested(PortalInput input) => input.Options.Packs ?? input.Settings.Packs;
}
