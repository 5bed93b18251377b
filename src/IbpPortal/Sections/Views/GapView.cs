namespace IbpPortal.Sections.Views;

/// <summary>A gap as a summary-list row: what is compared, the figures, and whether it is good or bad news.</summary>
/// <param name="Direction">"favourable", "adverse" or empty.</param>
/// <param name="Tone">NHS.UK tag colour for the direction.</param>
public sealed record GapView(string Label, string Text, string Direction, string Tone);
