namespace IbpPortal.Render.Views;

/// <summary>The references page's model: every reference of the bibliography, by author.</summary>
public sealed record BibliographyView(IReadOnlyList<ReferenceView> Bibliography);
