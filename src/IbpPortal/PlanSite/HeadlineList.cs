namespace IbpPortal.PlanSite;

/// <summary>What a headline count is made of, by measure, so a reader can go from the number to each organisation.</summary>
/// <param name="Id">The list's HTML id; the card links to it.</param>
/// <param name="Title">What the list shows, as the disclosure's summary.</param>
public sealed record HeadlineList(string Id, string Title, IReadOnlyList<HeadlineGroup> Groups);
