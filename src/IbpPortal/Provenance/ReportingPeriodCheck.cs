using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>Checks that a pack does not mix reporting periods silently: every figure from another month must carry a label naming it.</summary>
public static class ReportingPeriodCheck
{
    /// <summary>The figures of <paramref name="figures"/> whose month differs from <paramref name="reportingPeriod"/> and is not labelled; empty when the pack is sound.</summary>
    /// <remarks>A label counts when it is not blank; the check does not parse it, so "Feb 2019" and "latest: February 2019" both pass.</remarks>
    public static IReadOnlyList<ReportingPeriodFinding> Check(Period reportingPeriod, IEnumerable<PackFigure> figures) =>
        [.. figures
            .Where(f => f.Period != reportingPeriod && string.IsNullOrWhiteSpace(f.PeriodLabel))
            .Select(f => new ReportingPeriodFinding(f, reportingPeriod))];
}
