namespace IbpPortal.Render.Views;

/// <summary>A titled link for layouts: navigation items, breadcrumbs, previous and next.</summary>
public sealed record LinkView(string Title, string Url, bool Current = false, bool Exact = false);
