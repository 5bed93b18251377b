namespace IbpPortal.BoardPacks.Layout;

/// <summary>One measure of a <see cref="ChartPairBlock"/>: its heading, the chart's visible description, the chart and its icons.</summary>
/// <param name="Title">The measure's name, tagged as an H2 with a bookmark.</param>
/// <param name="Anchor">The name links to the measure use.</param>
/// <param name="Description">What the chart shows, in words (the paragraph above the chart).</param>
/// <param name="Pdf">The chart book's bytes.</param>
/// <param name="Page">The chart's page in the book, from 1.</param>
/// <param name="AltText">The chart's alternative text.</param>
/// <param name="Icons">The chart's icons, drawn in a row under it with their words.</param>
internal sealed record ChartCell(
    string Title,
    string Anchor,
    IReadOnlyList<InlineRun> Description,
    byte[] Pdf,
    int Page,
    string AltText,
    IReadOnlyList<FigureIcon> Icons);
