namespace IbpPortal.Sections.Views;

/// <summary>An organisation's row in a scenario table: its latest figure, the trend and the scenario at the horizon, and the gap to target.</summary>
/// <param name="Url">The organisation's page.</param>
/// <param name="Trend">Where the trend alone reaches at the horizon, or "—".</param>
/// <param name="Projected">The scenario's projection at the horizon, or why there is none.</param>
/// <param name="Direction">"favourable", "adverse" or empty.</param>
/// <param name="Tone">NHS.UK tag colour for the direction.</param>
/// <param name="HasData">Whether the organisation has a figure for the measure (the table lists only those that do).</param>
public sealed record ScenarioRowView(
    string Name,
    string Code,
    string Url,
    string Latest,
    string Trend,
    string Projected,
    string Plan,
    string Target,
    string Gap,
    string Direction,
    string Tone,
    bool HasData);
