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
                text.LabelFontName = EmbeddedTypefaces.FullFamilyName;
            }
        }

        foreach (var axis in plot.Axes.GetAxes())
        {
            if (!LeanCharacters.Cover(axis.Label.Text))
            {
                axis.Label.FontName = EmbeddedTypefaces.FullFamilyName;
            }

            if (axis.TickGenerator.Ticks.Any(t => !LeanCharacters.Cover(t.Label)))
            {
                axis.TickLabelStyle.FontName = EmbeddedTypefaces.FullFamilyName;
            }
        }

        if (plot.Legend.GetItems().Any(i => !LeanCharacters.Cover(i.LabelText)))
        {
            plot.Legend.FontName = EmbeddedTypefaces.FullFamilyName;
        }
    }
}
