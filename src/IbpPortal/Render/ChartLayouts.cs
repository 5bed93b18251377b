using IbpPortal.Charts;

namespace IbpPortal.Render;

/// <summary>
/// The chart drawings of one render unit (an organisation's page and its board pack), each laid out once, by organisation
/// and metric, and released when the unit ends. <see cref="Unshared"/> lays out afresh for every caller (pages outside a unit).
/// </summary>
/// <remarks>A unit runs on one thread from start to end, so nothing here is locked; a unit holds only its own organisation's drawings.</remarks>
public sealed class ChartLayouts : IDisposable
{
    private readonly Dictionary<(string Org, string Metric), ChartDrawing>? _spc;

    private ChartLayouts(bool shared) => _spc = shared ? [] : null;

    /// <summary>Charts laid out for each caller and released by the caller's lease.</summary>
    public static ChartLayouts Unshared { get; } = new(shared: false);

    /// <summary>How many charts this unit has laid out.</summary>
    public int Count => _spc?.Count ?? 0;

    /// <summary>A new unit's charts; dispose it when the unit ends.</summary>
    public static ChartLayouts ForUnit() => new(shared: true);

    /// <summary>The SPC chart of <paramref name="org"/>'s <paramref name="metric"/>, laid out by <paramref name="layOut"/> the first time the unit asks.</summary>
    public Lease<ChartDrawing> Spc(string org, string metric, Func<ChartDrawing> layOut)
    {
        if (_spc is null)
        {
            return new Lease<ChartDrawing>(layOut(), owned: true);
        }

        if (!_spc.TryGetValue((org, metric), out var drawing))
        {
            drawing = layOut();
            _spc.Add((org, metric), drawing);
        }

        return new Lease<ChartDrawing>(drawing, owned: false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_spc is null)
        {
            return;
        }

        foreach (var drawing in _spc.Values)
        {
            drawing.Dispose();
        }

        _spc.Clear();
    }
}
