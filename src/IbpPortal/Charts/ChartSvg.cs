namespace IbpPortal.Charts;

/// <summary>A chart as inline SVG for a web page: accessible root, scalable, ids unique to the chart.</summary>
/// <param name="Id">The caller's id; the SVG's title is <c>{Id}-title</c> and its description <c>{Id}-desc</c>.</param>
/// <param name="Markup">The <c>&lt;svg&gt;</c> element, without an XML declaration.</param>
public sealed record ChartSvg(string Id, string Markup, string Title, string Description);
