namespace IbpPortal.Sections.Views;

/// <summary>One line of the methodology page's key: an SPC icon, drawn as the charts draw it, and what it means.</summary>
public sealed record SignalKeyView(SignalView Signal, string Text);
