namespace IbpPortal.PlanSite;

/// <summary>An organisation in the home page's "find your organisation" list.</summary>
/// <param name="Kind">"ICB" or "NHS trust", as readers write it.</param>
/// <param name="Find">Lower-case words the box matches: name, code and the ICB's name for a trust.</param>
public sealed record OrganisationFinderItem(string Name, string Code, string Kind, string Url, string Find);
