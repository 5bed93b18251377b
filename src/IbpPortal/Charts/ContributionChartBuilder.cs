using ScottPlot;
using ScottPlot.TickGenerators;
using IbpPortal.Analyse.Planning;

namespace IbpPortal.Charts;

/// <summary>Lays out the ranked bar chart of who drives an ICB's gap: one horizontal bar per trust, largest contribution at the top.</summary>
/// <remarks>The trusts that make up 80% of the gap are in NHS blue, the other trusts short of the target in a paler blue, and trusts that
/// offset the gap (negative contributions, left of zero) in grey. Used for the ICB page (SVG) and the ICB pack (PDF).</remarks>
public static class ContributionChartBuilder
{
    private const string PaleBlue = "#41B6E6";

    /// <summary>Lays the chart out and records it.</summary>
    public static ChartDrawing Build(GapContribution gap, string title, ChartSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var trusts = gap.Trusts;
        var chartSize = size ?? new ChartSize(ChartTheme.WebSize.Width, Math.Clamp(70 + (trusts.Count * 30), 180, 700));
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartTheme.Colour(ChartTheme.PaleGrey);
        plot.Grid.YAxisStyle.IsVisible = false;
        var bars = trusts.Select((t, i) => new Bar
        {
            Position = trusts.Count - i,
            Value = t.Contribution,
            FillColor = ChartTheme.Colour(t.Contribution <= 0 ? ChartTheme.OtherBar : i < gap.TrustsFor80 ? ChartTheme.NhsBlue : PaleBlue),
            LineWidth = 0,
            Size = 0.7,
            Orientation = Orientation.Horizontal,
        }).ToList();
        plot.Add.Bars(bars);

        var names = new NumericManual();
        for (var i = 0; i < trusts.Count; i++)
        {
            names.AddMajor(trusts.Count - i, trusts[i].Name.Length <= 40 ? trusts[i].Name : trusts[i].Name[..38] + "…");
        }

        var (low, high) = ValueAxis.Range(trusts.Select(t => t.Contribution).Append(0));
        plot.Axes.Left.TickGenerator = names;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = ValueAxis.Ticks(Model.Unit.Count, Math.Min(0, low), high, chartSize.Width, vertical: false);
        plot.Axes.SetLimits(Math.Min(0, low), high, 0.4, trusts.Count + 0.6);
        LeanDrawing.Apply(plot);
        return ChartDrawing.Record(plot, chartSize, title, gap.Headline);
    }
}
