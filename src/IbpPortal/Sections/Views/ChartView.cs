namespace IbpPortal.Sections.Views;

/// <summary>One chart slot as the <c>chart</c> partial shows it: the SVG, its title and text description, its data table and CSV.</summary>
/// <param name="Id">Unique on the page; the figure's HTML id.</param>
/// <param name="Svg">The chart as self-contained SVG markup whose <c>title</c> and <c>desc</c> are <paramref name="Title"/> and <paramref name="Description"/>; null when there is nothing to draw (the description and table still show).</param>
/// <param name="Headers">Column headings of the data table.</param>
/// <param name="Rows">Data table rows as shown; the first cell is the row's heading.</param>
/// <param name="CsvUrl">Address of the chart's data as CSV, or null.</param>
/// <param name="Illustrative">True when the figures are synthetic and must be marked so.</param>
/// <param name="Signals">Icons with words shown beside the chart (an SPC chart's variation and assurance); null for none.</param>
/// <param name="NarrowSvg">The same chart laid out for a phone (<see cref="Charts.PhoneChart"/>), shown instead of <paramref name="Svg"/> below 640 px; null to scale the wide one.</param>
public sealed record ChartView(
    string Id,
    string Title,
    string Description,
    string? Svg,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string? CsvUrl,
    bool Illustrative,
    IReadOnlyList<SignalView>? Signals = null,
    string? NarrowSvg = null);
