using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Gives ScottPlot's own text of a plot the whole font wherever it has a character the lean faces do not map.</summary>
/// <remarks>
/// Charts draw with lean faces (<see cref="LeanCharacters"/>): a character outside their map would become an empty box.
/// Text the chart code draws itself picks its face by its text (<see cref="EmbeddedTypefaces.RegularFor"/>); this does
/// the same for the text ScottPlot draws: text plottables, axis titles, tick labels and the legend. Both faces have the
/// same glyphs and metrics, so the switch changes no position.
/// </remarks>
internal static class WholeFontText
{
    /// <summary>Applies to <paramref name="plot"/> once all its text is set, before it is rendered.</summary>
    public static void Apply(Plot plot)
    {
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>())
        {
            if (!LeanCharacters.Cover(text.LabelText))
            {
                UseWholeFont(text.LabelStyle);
            }
        }

        foreach (var axis in plot.Axes.GetAxes())
        {
            if (!LeanCharacters.Cover(axis.Label.Text))
            {
                UseWholeFont(axis.Label);
            }

            if (TickLabels(axis).Any(label => !LeanCharacters.Cover(label)))
            {
                UseWholeFont(axis.TickLabelStyle);
            }
        }

        if (plot.Legend.GetItems().Any(i => !LeanCharacters.Cover(i.LabelText)))
        {
            plot.Legend.FontName = EmbeddedTypefaces.FullFamilyName;
        }
    }

    /// <summary>The labels of the axis' ticks; a manual generator lists its ticks only once regenerated, so it is asked for all of them.</summary>
    private static IEnumerable<string> TickLabels(IAxis axis)
    {
        if (axis.TickGenerator is ScottPlot.TickGenerators.NumericManual manual)
        {
            // The render regenerates the ticks for its own range, so this leaves nothing behind.
            using var paint = Paint.NewDisposablePaint();
            manual.Regenerate(new CoordinateRange(double.MinValue, double.MaxValue), axis.Edge, new PixelLength(1), paint, axis.TickLabelStyle);
        }

        return axis.TickGenerator.Ticks.Select(t => t.Label);
    }

    /// <summary>Names the whole font and drops any typeface the style holds (ScottPlot draws with that one before its name).</summary>
    private static void UseWholeFont(LabelStyle style)
    {
        style.Font = null;
        style.FontName = EmbeddedTypefaces.FullFamilyName;
    }
}
