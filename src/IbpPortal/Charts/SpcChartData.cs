using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What an SPC chart shows: one organisation's XmR result for one metric, with its plan and re-bases.</summary>
/// <param name="Title">Accessible name of the chart, such as "Four-hour A&amp;E performance, RR8".</param>
/// <param name="OrgName">The organisation's name (or code) as readers know it; used in the description.</param>
/// <param name="Plan">The submitted plan trajectory, drawn as its own line; none when null or empty.</param>
/// <param name="Rebases">The re-bases of <c>rebase.csv</c>, each marked on the chart with its reason, and given in the description.</param>
/// <param name="TargetLabel">What the latest target is, such as "trajectory of 92.0% (national standard 95.0%)"; "the 92.0% target" when null.</param>
public sealed record SpcChartData(string Title, Metric Metric, SpcResult Spc, string OrgName, IReadOnlyList<SeriesPoint>? Plan = null, IReadOnlyList<Rebase>? Rebases = null, string? TargetLabel = null)
{
    /// <summary>The plan months that have a value and fall within the chart's months.</summary>
    public IReadOnlyList<SeriesPoint> PlanInRange
    {
        get
        {
            if (Plan is not { Count: > 0 } plan || Spc.Points.Count == 0)
            {
                return [];
            }

            var first = Spc.Points.Min(p => p.Period);
            var last = Spc.Points.Max(p => p.Period);
            return [.. plan.Where(p => p.Period >= first && p.Period <= last).OrderBy(p => p.Period)];
        }
    }

    /// <summary>The re-bases that start a segment within the chart's months.</summary>
    public IReadOnlyList<Rebase> RebasesInRange
    {
        get
        {
            if (Rebases is not { Count: > 0 } rebases || Spc.Points.Count == 0)
            {
                return [];
            }

            var first = Spc.Points.Min(p => p.Period);
            var last = Spc.Points.Max(p => p.Period);
            return [.. rebases.Where(r => r.Period > first && r.Period <= last).OrderBy(r => r.Period)];
        }
    }
}
