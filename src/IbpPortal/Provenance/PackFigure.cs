using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>A figure as a board pack shows it, for <see cref="ReportingPeriodCheck"/>.</summary>
/// <param name="Place">Where in the pack, for the message, such as "scorecard: Four-hour A&amp;E performance".</param>
/// <param name="Period">The month the figure is for.</param>
/// <param name="PeriodLabel">The month as the pack prints it beside the figure (such as "Feb 2019"); null when the figure is not labelled.</param>
public sealed record PackFigure(string Place, string Org, string Metric, Period Period, string? PeriodLabel = null);
