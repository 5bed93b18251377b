using System.Collections.Concurrent;

namespace IbpPortal.Write;

/// <summary>
/// Expensive artefacts (chart-heavy pages, board packs) from earlier builds, by content-hash key, in <c>.ibp-cache/artefacts/</c>.
/// A key covers everything the artefact depends on, so a hit is byte-identical to rendering it again.
/// </summary>
/// <remarks>
/// Pruning removes the entries a build did not use. It reads the list of keys the last pruning build used
/// (<c>.used</c>) and removes those this build did not use, rather than listing the folder (70,000 files at national
/// scale, most of a one-page edit's Write stage). A build that stores an entry first marks the cache (<c>.dirty</c>),
/// so that entries stored by a build that never pruned (it failed, or was a shard) are found by listing the folder.
/// </remarks>
/// <param name="capacity">About how many entries a build uses (the last build's file count), so that the table of used
/// keys is not grown many times over.</param>
public sealed class ArtefactCache(string folder, bool enabled, int capacity = 0)
{
    private const string UsedFile = ".used";
    private const string DirtyFile = ".dirty";
    private const string DigestPrefix = "# keys ";
    private readonly ConcurrentDictionary<string, byte> _used = new(Environment.ProcessorCount, Math.Max(31, capacity), StringComparer.Ordinal);
    private readonly bool _wasDirty = File.Exists(Path.Combine(folder, DirtyFile));
    private int _marked;

    /// <summary>How many artefacts were reused in this build.</summary>
    public int Hits => _hits;

    private int _hits;

    /// <summary>The cached bytes for a key, or null.</summary>
    public byte[]? Get(string key)
    {
        _used[key] = 0;
        if (!enabled)
        {
            return null;
        }

        var path = PathOf(key);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            Interlocked.Increment(ref _hits);
            return bytes;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Keeps an entry that this build reused without reading it (linked from the last output), so that pruning spares it.</summary>
    public void Keep(string key) => _used[key] = 0;

    /// <summary>Stores an artefact (written to a temporary name and moved, so a half-written entry is never read).</summary>
    public void Put(string key, ReadOnlySpan<byte> bytes)
    {
        _used[key] = 0;
        var path = PathOf(key);
        try
        {
            MarkDirty();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = TempOf(path);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation; a failed write only costs a later render.
        }
    }

    /// <summary>Stores a copy of a file already written (a page staged for the site), without reading it into memory.</summary>
    public void PutFile(string key, string source)
    {
        _used[key] = 0;
        var path = PathOf(key);
        try
        {
            MarkDirty();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = TempOf(path);
            File.Copy(source, temp, overwrite: true);
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation; a failed write only costs a later render.
        }
    }

    /// <summary>The page count kept with a cached paged document (a board pack), or null when none was kept.</summary>
    public int? Pages(string key)
    {
        if (!enabled)
        {
            return null;
        }

        try
        {
            var path = PathOf(key) + PagesSuffix;
            return File.Exists(path) && int.TryParse(File.ReadAllText(path), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pages) ? pages : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Keeps a paged document's page count beside its cached bytes (the cache's metadata), so listings need not open the PDF.</summary>
    /// <remarks>Without it the pack is rendered again next time.</remarks>
    public void PutPages(string key, int pages) =>
        PutBeside(key, PagesSuffix, temp => File.WriteAllText(temp, pages.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The files a cached page brought with it (its chart drawings), with their bytes, or null when none were kept.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)>? Companions(string key)
    {
        if (!enabled)
        {
            return null;
        }

        try
        {
            var path = PathOf(key) + CompanionsSuffix;
            return File.Exists(path) ? CompanionBundle.Read(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Keeps, beside a cached page, the files it brings with it (its chart drawings), all in one file.</summary>
    /// <remarks>One file a page rather than one a drawing: a national build caches 65,000 drawings of 1,300 pages, and
    /// creating, renaming and later pruning a file for each was a large share of the kernel's work. Without the bundle
    /// the page is rendered again next time.</remarks>
    public void PutCompanions(string key, IReadOnlyList<(string Path, byte[] Bytes)> files) =>
        PutBeside(key, CompanionsSuffix, temp => CompanionBundle.Write(temp, files));

    /// <summary>Writes metadata beside a cached entry, to a temporary name first and then moved into place.</summary>
    private void PutBeside(string key, string suffix, Action<string> write)
    {
        var path = PathOf(key) + suffix;
        try
        {
            MarkDirty();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = TempOf(path);
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation; a lost entry only costs a later render.
        }
    }

    private const string PagesSuffix = ".pages";
    private const string CompanionsSuffix = ".files";

    private static string TempOf(string path) =>
        path + "." + Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";

    /// <summary>Removes entries this build did not use, so the cache does not grow without bound.</summary>
    public void Prune()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var used = Path.Combine(folder, UsedFile);
        var digest = Digest(_used.Keys);
        var recorded = FirstLine(used);
        if (!_wasDirty && _marked == 0 && recorded == digest)
        {
            // The same keys as the last pruning build used, and nothing stored since: nothing to remove or record.
            return;
        }

        var previous = !_wasDirty && File.Exists(used) ? File.ReadAllLines(used).Where(l => !l.StartsWith(DigestPrefix, StringComparison.Ordinal)).ToArray() : null;
        if (previous is null)
        {
            PruneByListing();
        }
        else
        {
            foreach (var key in previous.Where(k => !_used.ContainsKey(k)))
            {
                Delete(PathOf(key));
                Delete(PathOf(key) + PagesSuffix);
                Delete(PathOf(key) + CompanionsSuffix);
            }
        }

        if (recorded != digest)
        {
            // A name of this process's own: builds into other folders may share the cache and prune at the same moment.
            var temp = $"{used}.{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.tmp";
            try
            {
                File.WriteAllLines(temp, _used.Keys.Order(StringComparer.Ordinal).Prepend(digest));
                File.Move(temp, used, overwrite: true);
            }
            catch (IOException)
            {
                // The cache stays marked, so that the next build lists the folder instead.
                Delete(temp);
                return;
            }
        }

        Delete(Path.Combine(folder, DirtyFile));
    }

    /// <summary>The first line of the list of used keys: their number and two sums of a hash of each, independent of order.</summary>
    /// <remarks>Equal digests are taken to mean equal sets of keys. Were two sets ever to collide, the cost would be stale
    /// entries left on disk until a later build prunes them; what a build publishes never depends on it.</remarks>
    private static string Digest(IEnumerable<string> keys)
    {
        var (count, xor, sum) = (0, 0UL, 0UL);
        foreach (var key in keys)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            count++;
            xor ^= hash;
            sum += hash * 0x9E3779B97F4A7C15UL;
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DigestPrefix}{count} {xor:x16} {sum:x16}");
    }

    private static string? FirstLine(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return reader.ReadLine();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Removes every file in the folder whose key this build did not use (and any temporary file a killed build left).</summary>
    private void PruneByListing()
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var own = Path.GetDirectoryName(file) == Path.TrimEndingDirectorySeparator(folder) && name is UsedFile or DirtyFile;
            if (!own && !_used.ContainsKey(KeyOf(name)))
            {
                Delete(file);
            }
        }
    }

    private static void Delete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // In use elsewhere; next time.
        }
    }

    /// <summary>Marks the cache, before the first entry this build stores, as holding entries that no list of used keys names yet.</summary>
    private void MarkDirty()
    {
        if (Interlocked.Exchange(ref _marked, 1) == 0)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, DirtyFile), []);
        }
    }

    private static string KeyOf(string name) =>
        name.EndsWith(PagesSuffix, StringComparison.Ordinal) ? name[..^PagesSuffix.Length]
        : name.EndsWith(CompanionsSuffix, StringComparison.Ordinal) ? name[..^CompanionsSuffix.Length]
        : name;

    private string PathOf(string key) => Path.Combine(folder, key[..2], key);
}
