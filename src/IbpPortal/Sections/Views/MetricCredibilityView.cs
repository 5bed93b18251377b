namespace IbpPortal.Sections.Views;

/// <summary>One organisation's row in a measure page's "Is each plan credible?" table.</summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="Url">Its planning page, when the build makes one.</param>
/// <param name="Worst">The least credible verdict among its planned months, in words.</param>
/// <param name="Sentence">The verdict on the plan's last month, with its numbers.</param>
public sealed record MetricCredibilityView(string Name, string? Url, string Worst, string Sentence);
