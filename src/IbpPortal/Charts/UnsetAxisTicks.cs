using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Tick generation that skips an axis whose range was never set (a plot's top and right axes, which carry no data).</summary>
/// <remarks>
/// ScottPlot regenerates the ticks of every axis at each layout pass, visible or not, and its automatic generator
/// formats and measures candidate labels even for an axis with no range, only to keep none of them. Such an axis
/// gets no ticks here; once its range is set, the axis's own generator is used as before.
/// </remarks>
internal sealed class UnsetAxisTicks(ITickGenerator inner) : ITickGenerator
{
    /// <inheritdoc />
    public Tick[] Ticks { get; private set; } = [];

    /// <inheritdoc />
    public int MaxTickCount
    {
        get => inner.MaxTickCount;
        set => inner.MaxTickCount = value;
    }

    /// <summary>Wraps the automatic tick generators of <paramref name="plot"/>'s axes whose range is not set yet.</summary>
    public static void Apply(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            if (!axis.Range.HasBeenSet && axis.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic)
            {
                axis.TickGenerator = new UnsetAxisTicks(axis.TickGenerator);
            }
        }
    }

    /// <inheritdoc />
    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        if (double.IsInfinity(range.Min) && double.IsInfinity(range.Max))
        {
            Ticks = [];
            return;
        }

        inner.Regenerate(range, edge, size, paint, labelStyle);
        Ticks = inner.Ticks;
    }
}
