namespace IbpPortal.Sections.Views;

/// <summary>A measure named and linked: to its section on the same page (<c>#metric-…</c>) or to its own page.</summary>
public sealed record MeasureLinkView(string Name, string Href);
