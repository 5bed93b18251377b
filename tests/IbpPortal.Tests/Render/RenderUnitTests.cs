using IbpPortal.Charts;
using IbpPortal.Render;
using IbpPortal.Tests.Harness;
using IbpPortal.Write;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Render;

/// <summary>A render unit's charts are laid out once and released when the unit ends; a cached pack keeps its page count in the cache's metadata.</summary>
public sealed class RenderUnitTests
{
    private static ChartDrawing Draw() => SpcChartBuilder.Build(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8"));

    [Fact]
    public void Within_a_unit_a_chart_is_laid_out_once_and_released_when_the_unit_ends()
    {
        var made = 0;
        ChartDrawing Make()
        {
            made++;
            return Draw();
        }

        using (var unit = ChartLayouts.ForUnit())
        {
            using var first = unit.Spc("RR8", "ae_4hr", Make);
            using var again = unit.Spc("RR8", "ae_4hr", Make);
            using var other = unit.Spc("RR8", "beds", Make);
            Assert.Same(first.Value, again.Value);
            Assert.NotSame(first.Value, other.Value);
            Assert.Equal(2, made);
            Assert.Equal(2, unit.Count);
        }
    }

    [Fact]
    public void Outside_a_unit_each_caller_lays_out_its_own_chart()
    {
        using var a = ChartLayouts.Unshared.Spc("RR8", "ae_4hr", Draw);
        using var b = ChartLayouts.Unshared.Spc("RR8", "ae_4hr", Draw);
        Assert.NotSame(a.Value, b.Value);
        Assert.Equal(0, ChartLayouts.Unshared.Count);
    }

    [Fact]
    public void A_cached_documents_page_count_is_kept_in_the_cache_metadata_and_pruned_with_it()
    {
        using var folder = new TempFolder();
        var key = new string('a', 64);
        var cache = new ArtefactCache(folder.Path, enabled: true);
        Assert.Null(cache.Pages(key));
        cache.Put(key, [1, 2, 3]);
        cache.PutPages(key, 17);

        var next = new ArtefactCache(folder.Path, enabled: true);
        Assert.Equal(17, next.Pages(key));
        Assert.Equal([1, 2, 3], next.Get(key));
        next.Prune();
        Assert.Equal(17, new ArtefactCache(folder.Path, enabled: true).Pages(key));

        new ArtefactCache(folder.Path, enabled: true).Prune(); // a build that used nothing
        Assert.Null(new ArtefactCache(folder.Path, enabled: true).Pages(key));
    }
}
