namespace IbpPortal.Render.Views;

/// <summary>An IBP model step page's model: the seven steps in order, the current one marked.</summary>
public sealed record StepNavView(IReadOnlyList<LinkView> Steps);
