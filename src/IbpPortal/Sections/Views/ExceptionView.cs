namespace IbpPortal.Sections.Views;

/// <summary>One exception as the organisation page lists it: the measure, its latest figure and target, and each rule it meets in words.</summary>
/// <param name="Reasons">The pack's short words for each reason, most severe first.</param>
public sealed record ExceptionView(MeasureLinkView Measure, string Latest, string Period, string Target, IReadOnlyList<string> Reasons);
