namespace IbpPortal.Sections.Views;

/// <summary>A quartile shown as an NHS.UK tag, such as "Q1 (best 25%)" in green.</summary>
/// <param name="Colour">NHS.UK tag modifier: green, aqua-green, yellow, red, or grey when the order is no judgement.</param>
public sealed record QuartileView(int Number, string Text, string Colour);
