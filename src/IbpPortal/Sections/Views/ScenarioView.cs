namespace IbpPortal.Sections.Views;

/// <summary>A planning scenario as the scenarios page describes it.</summary>
/// <param name="Horizon">How far it projects, in words ("1 month", "12 months").</param>
/// <param name="Adjustments">The yearly change it assumes for each measure, by measure id.</param>
public sealed record ScenarioView(string Id, string Name, string Description, string Horizon, IReadOnlyList<ScenarioAdjustmentView> Adjustments);
