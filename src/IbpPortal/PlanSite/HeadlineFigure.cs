namespace IbpPortal.PlanSite;

/// <summary>A headline figure on the home page, leading to what it counts.</summary>
/// <param name="Url">Where the card leads: the measure's section on an organisation page, or the list of what it counts.</param>
/// <param name="IconSvg">The Making Data Count icon that says what kind of figure it is (decorative: the label says it too).</param>
/// <param name="Counted">For a count, every organisation and measure it counts; null for a single figure.</param>
public sealed record HeadlineFigure(string Label, string Value, string Note, string? Url = null, string? IconSvg = null, HeadlineList? Counted = null);
