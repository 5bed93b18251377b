namespace IbpPortal.PlanSite;

/// <summary>One step of a breadcrumb trail.</summary>
/// <param name="Route">Site route without the base path, such as <c>/case-studies/</c>.</param>
public sealed record Crumb(string Title, string Route);
