using ScottPlot;
using ScottPlot.TickGenerators;

namespace IbpPortal.Charts;

/// <summary>Names the rows of a dot plot: on the left axis when the chart is wide, above each row's dots when it is narrow.</summary>
internal static class RowNames
{
    /// <summary>Names rows 1 to <c>names.Count</c> (the first name on the top row) on the left axis; returns the axis' width in pixels.</summary>
    public static float OnAxis(Plot plot, IReadOnlyList<string?> names, Func<int, double> row)
    {
        var ticks = new NumericManual();
        var widest = 0f;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is { } name)
            {
                ticks.AddMajor(row(i), name);
                widest = Math.Max(widest, ChartText.Width(name, ChartTheme.TickFontSize));
            }
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        return widest + 12;
    }

    /// <summary>Writes each name at the left of its row, above its dots, shortened to fit <paramref name="width"/>; <paramref name="highlight"/> in bold NHS blue.</summary>
    public static void AboveRows(Plot plot, IReadOnlyList<string?> names, int highlight, Func<int, double> row, double left, float width)
    {
        plot.Axes.Left.TickGenerator = new NumericManual();
        plot.Axes.Left.MajorTickStyle.Length = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is not { } name)
            {
                continue;
            }

            var text = plot.Add.Text(Shorten(name, width - 8), left, row(i) + 0.02);
            text.LabelFontSize = ChartTheme.NoteFontSize;
            text.LabelFontColor = ChartTheme.Colour(i == highlight ? ChartTheme.NhsBlue : ChartTheme.TextBlack);
            text.LabelBold = i == highlight;
            text.LabelAlignment = Alignment.LowerLeft;
            text.OffsetX = 4;

            // On white, so that lines across the rows do not cross the letters.
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }
    }

    /// <summary>An organisation's name as short as a narrow chart needs: "NHS Foundation Trust" as "NHS FT", then cut with an ellipsis.</summary>
    public static string Shorten(string name, float width)
    {
        var shorter = name.Replace("NHS Foundation Trust", "NHS FT", StringComparison.Ordinal);
        if (ChartText.Width(shorter, ChartTheme.NoteFontSize) <= width)
        {
            return shorter;
        }

        while (shorter.Length > 1 && ChartText.Width(shorter + "…", ChartTheme.NoteFontSize) > width)
        {
            shorter = shorter[..^1];
        }

        return shorter.TrimEnd() + "…";
    }
}
