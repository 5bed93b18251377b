using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>One signal in a segment, told whole: a run of points outside a limit, a shift, a trend or two-in-three points close to a limit.</summary>
/// <param name="Rule">The rule the run meets (on its own, whatever stronger rule flags some of its points).</param>
/// <param name="High">True above the mean (or rising, for a trend); false below (or falling).</param>
/// <param name="Cause">Improvement, concern or neither, by the metric's direction.</param>
/// <param name="Months">The months of the run, in order: for a shift or trend every month; otherwise the flagged months.</param>
public sealed record SpcSignalRun(SpcRule Rule, bool High, SpecialCause Cause, IReadOnlyList<Period> Months)
{
    /// <summary>The first month of the run.</summary>
    public Period From => Months[0];

    /// <summary>The last month of the run.</summary>
    public Period To => Months[^1];
}
