namespace IbpPortal.Sections.Views;

/// <summary>A Making Data Count variation or assurance signal: a short label (Label) for tags, a sentence for readers, and an optional icon.</summary>
/// <param name="Tone">NHS.UK tag colour: blue for improvement or passing, orange for concern or failing, grey otherwise, purple for neither.</param>
/// <param name="IconSvg">The icon as escaped SVG markup, or null when none is drawn.</param>
public sealed record SignalView(string Label, string Sentence, string Tone, string? IconSvg = null);
