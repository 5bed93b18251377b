namespace IbpPortal.Sections.Views;

/// <summary>One chart slot as the <c>chart</c> partial shows it: the SVG, its title and text description, its data table and CSV.</summary>
/// <param name="Id">Unique on the page; the figure's HTML id.</param>
/// <param name="Svg">The chart as escaped, self-contained SVG markup; null until a chart builder provides one (the description and table still show).</param>
/// <param name="Headers">Column headings of the data table.</param>
/// <param name="Rows">Data table rows as shown; the first cell is the row's heading.</param>
/// <param name="CsvUrl">Address of the chart's data as CSV, or null.</param>
/// <param name="Illustrative">True when the figures are synthetic and must be marked so.</param>
public sealed record ChartView(
    string Id,
    string Title,
    string Description,
    string? Svg,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string? CsvUrl,
    bool Illustrative);
