using IbpPortal.Render.Views;

namespace IbpPortal.PlanSite;

/// <summary>One measure in a headline count, with the organisations counted, each linked to that measure's section of its page.</summary>
public sealed record HeadlineGroup(LinkView Measure, IReadOnlyList<LinkView> Organisations);
