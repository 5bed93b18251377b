namespace IbpPortal.Sections.Planning;

/// <summary>An ICB's gap on one measure and each trust's part in it.</summary>
/// <param name="Headline">The gap and who drives most of it, in a sentence.</param>
/// <param name="Svg">The contribution chart; null when there is no gap to share out.</param>
/// <param name="Title">The chart's and table's title.</param>
/// <param name="UnitLabel">What the contributions count.</param>
public sealed record ContributionView(string Name, string Headline, string? Svg, string Title, IReadOnlyList<ContributionRowView> Rows, string UnitLabel);
