using System.Collections.Concurrent;

namespace IbpPortal.BoardPacks;

/// <summary>Size and page count of each pack written in this build, filled as packs render (before pages), read by the listing page.</summary>
public sealed class BoardPackIndex
{
    private readonly ConcurrentDictionary<string, (long Bytes, int Pages)> _packs = new(StringComparer.Ordinal);

    /// <summary>Records a written pack.</summary>
    public void Add(string orgCode, long bytes, int pages) => _packs[orgCode] = (bytes, pages);

    /// <summary>A pack's size and pages, when it was written.</summary>
    public (long Bytes, int Pages)? Find(string orgCode) => _packs.TryGetValue(orgCode, out var info) ? info : null;
}
