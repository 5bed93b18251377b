using IbpPortal.Tests.Harness;
using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

/// <summary>Pruning removes what the last build no longer used from its list of used keys, and falls back to listing the
/// folder when a build stored entries without pruning (it failed, or was a shard).</summary>
public class ArtefactCachePruneTests
{
    private static readonly string A = new('a', 64);
    private static readonly string B = new('b', 64);

    [Fact]
    public void An_entry_the_last_build_used_and_this_one_did_not_is_pruned_with_its_metadata()
    {
        using var folder = new TempFolder();
        var first = new ArtefactCache(folder.Path, enabled: true);
        first.Put(A, [1]);
        first.PutPages(A, 3);
        first.Put(B, [2]);
        first.Prune();

        var second = new ArtefactCache(folder.Path, enabled: true);
        second.Keep(B);
        second.Prune();

        var third = new ArtefactCache(folder.Path, enabled: true);
        Assert.Null(third.Get(A));
        Assert.Null(third.Pages(A));
        Assert.Equal([2], third.Get(B));
    }

    [Fact]
    public void A_build_that_used_the_same_entries_as_the_last_leaves_the_list_of_used_keys_as_it_was()
    {
        using var folder = new TempFolder();
        var first = new ArtefactCache(folder.Path, enabled: true);
        first.Put(A, [1]);
        first.Put(B, [2]);
        first.Prune();
        var list = Path.Combine(folder.Path, ".used");
        var written = File.GetLastWriteTimeUtc(list);
        File.SetLastWriteTimeUtc(list, written.AddMinutes(-5));

        var second = new ArtefactCache(folder.Path, enabled: true);
        second.Keep(B);
        second.Keep(A);
        second.Prune();

        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(list));
        var third = new ArtefactCache(folder.Path, enabled: true);
        Assert.Equal([1], third.Get(A));
        Assert.Equal([2], third.Get(B));
    }

    [Fact]
    public void A_list_of_used_keys_written_without_its_digest_is_still_read_and_pruned_from()
    {
        using var folder = new TempFolder();
        var first = new ArtefactCache(folder.Path, enabled: true);
        first.Put(A, [1]);
        first.Put(B, [2]);
        first.Prune();

        // As an earlier version wrote it: the keys alone.
        var list = Path.Combine(folder.Path, ".used");
        File.WriteAllLines(list, [A, B]);

        var second = new ArtefactCache(folder.Path, enabled: true);
        second.Keep(B);
        second.Prune();

        var third = new ArtefactCache(folder.Path, enabled: true);
        Assert.Null(third.Get(A));
        Assert.Equal([2], third.Get(B));
        Assert.StartsWith("# keys 1 ", File.ReadLines(list).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_stored_by_a_build_that_never_pruned_are_found_by_listing_the_folder()
    {
        using var folder = new TempFolder();
        var first = new ArtefactCache(folder.Path, enabled: true);
        first.Put(B, [2]);
        first.Prune();

        // A build that failed after storing an entry: no list of used keys names it.
        new ArtefactCache(folder.Path, enabled: true).Put(A, [1]);

        var next = new ArtefactCache(folder.Path, enabled: true);
        next.Keep(B);
        next.Prune();

        var after = new ArtefactCache(folder.Path, enabled: true);
        Assert.Null(after.Get(A));
        Assert.Equal([2], after.Get(B));
    }
}
