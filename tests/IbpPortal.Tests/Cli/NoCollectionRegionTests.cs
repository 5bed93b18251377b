using System.Runtime;
using IbpPortal.Cli.Commands;

namespace IbpPortal.Tests.Cli;

/// <summary>The command line's build runs with the collector held off; whatever happens inside, the region is closed after it.</summary>
/// <remarks>Other tests run in this process at the same time, so these assert only what holds whoever else allocates: the
/// build's value comes back, an exception comes through, and the process is never left in a no-collection region.</remarks>
public sealed class NoCollectionRegionTests
{
    [Fact]
    public void The_build_s_result_comes_back_and_the_region_is_closed_after_it()
    {
        var result = NoCollectionRegion.Run(() => string.Concat(Enumerable.Repeat("page", 1000)));

        Assert.Equal(4000, result.Length);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_build_that_throws_passes_its_exception_on_and_still_closes_the_region()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => NoCollectionRegion.Run<int>(() => throw new InvalidOperationException("fault in the build")));

        Assert.Equal("fault in the build", thrown.Message);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_build_that_spends_more_than_the_allowance_or_forces_a_collection_still_finishes()
    {
        var result = NoCollectionRegion.Run(() =>
        {
            GC.Collect();
            var total = 0L;
            for (var i = 0; i < 64; i++)
            {
                total += new byte[16 * 1024 * 1024].Length;
            }

            return total;
        });

        Assert.True(result > NoCollectionRegion.Bytes);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_region_already_open_is_left_to_its_owner()
    {
        var outer = NoCollectionRegion.Run(() => NoCollectionRegion.Run(() => 42) + 1);

        Assert.Equal(43, outer);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
