namespace IbpPortal.Sections.Views;

/// <summary>One scenario's projection of a measure, against the plan and the target at the horizon.</summary>
/// <param name="Change">The scenario's assumption for the measure, in words.</param>
/// <param name="Horizon">The month projected to.</param>
/// <param name="Plan">The plan at the horizon, or "none".</param>
/// <param name="PlanGap">The projection's gap to the plan, or "—".</param>
/// <param name="PlanDirection">"favourable", "adverse" or empty.</param>
/// <param name="PlanTone">NHS.UK tag colour for <paramref name="PlanDirection"/>.</param>
/// <param name="Target">The target at the horizon, or "none".</param>
/// <param name="Gap">The projection's gap to the target, or "—".</param>
/// <param name="Direction">"favourable", "adverse" or empty.</param>
/// <param name="Tone">NHS.UK tag colour for <paramref name="Direction"/>.</param>
public sealed record ProjectionRowView(
    string Name,
    string Change,
    string Horizon,
    string Value,
    string Plan,
    string PlanGap,
    string PlanDirection,
    string PlanTone,
    string Target,
    string Gap,
    string Direction,
    string Tone);
