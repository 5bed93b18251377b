using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>A figure in a pack from another month than the pack's reporting period, with nothing saying so.</summary>
public sealed record ReportingPeriodFinding(PackFigure Figure, Period ReportingPeriod)
{
    /// <summary>What is wrong, in a sentence.</summary>
    public string Message =>
        $"{Figure.Place} ({Figure.Org}, {Figure.Metric}) shows {Figure.Period.ToLongDisplay()} in a pack for {ReportingPeriod.ToLongDisplay()} without saying which month it is";

    /// <summary>The finding as a build error (<see cref="ProvenanceCodes.MixedPeriods"/>) at <paramref name="location"/>, such as the pack's path.</summary>
    public Diagnostic ToDiagnostic(SourceLocation location) => new(location, Severity.Error, ProvenanceCodes.MixedPeriods, Message,
        "label the figure with its month, or show the reporting period's figure");
}
