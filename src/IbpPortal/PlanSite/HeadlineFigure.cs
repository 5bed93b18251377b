namespace IbpPortal.PlanSite;

/// <summary>A headline figure on the home page.</summary>
public sealed record HeadlineFigure(string Label, string Value, string Note);
