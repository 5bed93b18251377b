namespace IbpPortal.Render.Views;

/// <summary>The search page's model.</summary>
/// <param name="BundleUrl">The address of Pagefind's bundle.</param>
/// <param name="Terms">The words of searchable pages' titles separated by <c>|</c>, for "did you mean".</param>
public sealed record SearchView(string BundleUrl, string Terms);
