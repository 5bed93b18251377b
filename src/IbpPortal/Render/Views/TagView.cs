namespace IbpPortal.Render.Views;

/// <summary>A tag with the address of its tag page.</summary>
public sealed record TagView(string Name, string Slug, string Url, int Count = 0);
