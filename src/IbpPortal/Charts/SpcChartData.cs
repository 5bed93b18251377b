using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What an SPC chart shows: one organisation's XmR result for one metric.</summary>
/// <param name="Title">Accessible name of the chart, such as "Four-hour A&amp;E performance, RR8".</param>
/// <param name="OrgName">The organisation's name (or code) as readers know it; used in the description.</param>
public sealed record SpcChartData(string Title, Metric Metric, SpcResult Spc, string OrgName);
