using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What an SPC chart shows: one organisation's XmR result for one metric.</summary>
/// <param name="Title">Accessible name of the chart, such as "Four-hour A&amp;E performance, RR8".</param>
/// <param name="OrgName">The organisation's name (or code) as readers know it; used in the description.</param>
/// <param name="Rebases">The re-base rows of this organisation and metric, whose reasons the description gives.</param>
/// <param name="TargetLabel">What the latest target is, such as "trajectory of 92.0% (national standard 95.0%)"; "the 92.0% target" when null.</param>
public sealed record SpcChartData(string Title, Metric Metric, SpcResult Spc, string OrgName, IReadOnlyList<Rebase>? Rebases = null, string? TargetLabel = null);
