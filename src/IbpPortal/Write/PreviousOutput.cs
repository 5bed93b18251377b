using System.Collections.Concurrent;
using System.Globalization;

namespace IbpPortal.Write;

/// <summary>
/// The artefacts of the last published build, by output path and key, so that an unchanged chart-heavy page, board
/// pack or data download is given its new name in the staging folder by a hard link instead of being written again.
/// </summary>
/// <remarks>
/// At national scale the cached pages and packs are about 1.5 GB; writing them again, then deleting the old copies,
/// was most of a one-page-edit rebuild, and creating each of the 21,000 small CSV and JSON files costs about 0.55 ms
/// on ext4 where a link costs 0.035 ms. A link is made only when the file in the output folder is still the one that
/// build published under the same key (same length and modification time), so a file edited in place after publishing
/// is written afresh. The old output is deleted after the swap, so no file is ever shared with the cache or with a
/// folder that stays: the link only saves the copy. Where links are impossible (another file system, no permission),
/// the file is written as before.
/// </remarks>
public sealed class PreviousOutput
{
    private readonly Dictionary<string, (string Key, long Length, long Modified)> _published;
    private readonly Lazy<PublishedFolders> _folders;
    private readonly Task<OutputListing?> _listing;
    private readonly ConcurrentDictionary<string, string> _keys;
    private readonly string _output;
    private readonly string _manifest;
    private int _linked;

    private PreviousOutput(string output, string manifest, Dictionary<string, (string, long, long)> published)
    {
        _output = output;
        _manifest = manifest;
        _published = published;
        _keys = new ConcurrentDictionary<string, string>(Environment.ProcessorCount, Math.Max(31, published.Count + (published.Count / 8)), StringComparer.Ordinal);
        _folders = new Lazy<PublishedFolders>(() => PublishedFolders.Of(published.Keys));

        // The output folder is walked once, while the build gets ready to render, when anything may be reused from it.
        _listing = published.Count == 0 ? Task.FromResult<OutputListing?>(OutputListing.Empty) : Task.Run(() =>
        {
            // The walk takes the manifest's own path strings for the files it finds (the manifest is only read meanwhile).
            var paths = published.GetAlternateLookup<ReadOnlySpan<char>>();
            return OutputListing.TryRead(output, path => paths.TryGetValue(path, out var held, out _) ? held : null);
        });
    }

    /// <summary>The output folder's files as they were when this build started (empty when nothing can be reused); null when
    /// the folder could not be read, so that nothing is reused and nothing is published in place.</summary>
    public OutputListing? Listing => _listing.GetAwaiter().GetResult();

    /// <summary>Artefacts linked rather than written in this build.</summary>
    public int Linked => _linked;

    /// <summary>Reads what the last build published; with <paramref name="enabled"/> false (a clean build) nothing is reused.</summary>
    public static PreviousOutput Load(string cachePath, string outputPath, bool enabled)
    {
        // One manifest per output folder: the public and internal editions (or any -o) share a cache but not their files.
        var output = Path.GetFullPath(outputPath);
        var tag = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(output)))[..12].ToLowerInvariant();
        var manifest = Path.Combine(cachePath, $"output-manifest-{tag}.tsv");
        var published = new Dictionary<string, (string, long, long)>(StringComparer.Ordinal);
        if (enabled && File.Exists(manifest))
        {
            try
            {
                Read(File.ReadAllBytes(manifest), published);
            }
            catch (IOException)
            {
                published.Clear();
            }
        }

        return new PreviousOutput(output, manifest, published);
    }

    /// <summary>Reads the manifest's lines, <c>path TAB key TAB length TAB modified</c>, skipping any line that is not one.</summary>
    /// <remarks>Read from the file's bytes, with each distinct key made into a string once: a national manifest is 88,000
    /// lines, and a page's chart drawings (65,000 of them) share its key, so a string per line and per key was about 60 MB
    /// of the 580 MB a one-page edit allocates.</remarks>
    internal static void Read(ReadOnlySpan<byte> manifest, Dictionary<string, (string Key, long Length, long Modified)> published)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> cells = stackalloc Range[5];
        Span<char> key = stackalloc char[128];
        foreach (var range in manifest.Split((byte)'\n'))
        {
            var line = manifest[range];
            if (line.EndsWith((byte)'\r'))
            {
                line = line[..^1];
            }

            if (SplitCells(line, cells) != 4 ||
                !long.TryParse(line[cells[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var length) ||
                !long.TryParse(line[cells[3]], NumberStyles.None, CultureInfo.InvariantCulture, out var modified))
            {
                continue;
            }

            var keyBytes = line[cells[1]];
            string keyText;
            if (keyBytes.Length <= key.Length && System.Text.Encoding.UTF8.GetChars(keyBytes, key) is var chars)
            {
                if (!keys.TryGetValue(key[..chars], out keyText!))
                {
                    keyText = key[..chars].ToString();
                    keys[keyText] = keyText;
                }
            }
            else
            {
                keyText = System.Text.Encoding.UTF8.GetString(keyBytes);
            }

            published[System.Text.Encoding.UTF8.GetString(line[cells[0]])] = (keyText, length, modified);
        }
    }

    /// <summary>Splits a line at its tabs into <paramref name="cells"/>; returns how many cells it has, at most the span's length.</summary>
    private static int SplitCells(ReadOnlySpan<byte> line, Span<Range> cells)
    {
        var count = 0;
        foreach (var cell in line.Split((byte)'\t'))
        {
            if (count == cells.Length)
            {
                break;
            }

            cells[count++] = cell;
        }

        return count;
    }

    /// <summary>Notes that the artefact under <paramref name="key"/> was written to <paramref name="relativePath"/>, for the next build.</summary>
    public void Note(string relativePath, string key) => _keys[relativePath] = key;

    /// <summary>Places an artefact: linked from the last output when it is the same, otherwise written by <paramref name="sink"/>.</summary>
    public void Place(StagingSink sink, string relativePath, string key, ReadOnlySpan<byte> content)
    {
        if (!TryReuse(sink, relativePath, key))
        {
            sink.Write(relativePath, content);
        }
    }

    /// <summary>Links the file the last build published at <paramref name="relativePath"/> under the same <paramref name="key"/>, if it is still there unchanged.</summary>
    /// <returns>False when the file must be produced and written (it is then noted once written, by <see cref="Note"/>).</returns>
    public bool TryReuse(StagingSink sink, string relativePath, string key)
    {
        Note(relativePath, key);
        if (!IsUnchanged(relativePath, key) || !sink.TryLink(relativePath, Path.Combine(_output, relativePath), _published[relativePath].Length))
        {
            return false;
        }

        Interlocked.Increment(ref _linked);
        return true;
    }

    /// <summary>Links a group of files that must be reused together (a page and its chart drawings): each is checked once,
    /// and nothing is linked unless every one is still there unchanged under its key.</summary>
    /// <returns>False when the group must be produced and written again (each file is then noted once written).</returns>
    public bool TryReuseAll(StagingSink sink, IReadOnlyList<(string Path, string Key)> files)
    {
        foreach (var (path, key) in files)
        {
            if (!IsUnchanged(path, key))
            {
                return false;
            }
        }

        foreach (var (path, key) in files)
        {
            Note(path, key);
            if (!sink.TryLink(path, Path.Combine(_output, path), _published[path].Length))
            {
                return false;
            }

            Interlocked.Increment(ref _linked);
        }

        return true;
    }

    /// <summary>True when the last build published <paramref name="relativePath"/> under <paramref name="key"/> and the file is still there unchanged; links nothing.</summary>
    public bool IsUnchanged(string relativePath, string key)
    {
        if (!_published.TryGetValue(relativePath, out var entry) || entry.Key != key)
        {
            return false;
        }

        return Listing?.Has(relativePath, entry.Length, entry.Modified) == true;
    }

    /// <summary>The size and last write time the last build recorded for a file it published; null when it recorded none.</summary>
    public (long Length, long Modified)? Recorded(string relativePath) =>
        _published.TryGetValue(relativePath, out var entry) ? (entry.Length, entry.Modified) : null;

    /// <summary>How many files the last build recorded.</summary>
    public int Count => _published.Count;

    /// <summary>The paths the last build published in a folder (such as a page's <c>charts/</c>, ending in <c>/</c>) and below it, in no particular order.</summary>
    /// <remarks>Looked up by folder (a national build asks for each of its 1,300 pages, over 90,000 paths in 1,600 folders).</remarks>
    public IReadOnlyList<string> PublishedUnder(string folder) => _folders.Value.Under(folder);

    /// <summary>Records what was published, after the swap, for the next build (written whole, then moved into place).</summary>
    public void Record()
    {
        try
        {
            // The published folder is walked once (on all cores) rather than asked about each file in turn; the lines are
            // in no particular order, as the manifest is read into a dictionary.
            var listing = OutputListing.Read(_output);
            Directory.CreateDirectory(Path.GetDirectoryName(_manifest)!);
            var temp = _manifest + ".tmp";
            using (var writer = new StreamWriter(temp))
            {
                foreach (var (path, key) in _keys)
                {
                    if (listing.Of(path) is var (length, modified))
                    {
                        WriteLine(writer, path, key, length, modified);
                    }
                }
            }

            File.Move(temp, _manifest, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only an optimisation: the next build writes every file.
        }
    }

    /// <summary>Writes, before an in-place publish, the manifest of the site it will leave, beside the current one; returns
    /// it with the path it is to replace, or null when it could not be written (the old manifest is then removed).</summary>
    /// <remarks>A kept file is recorded as the last build recorded it (it was found unchanged when kept), and a staged one
    /// as it is in <paramref name="staging"/>: a rename keeps a file's size and modification time. No published file is read.</remarks>
    public (string Pending, string Target)? WritePending(string staging, StagingSink sink)
    {
        var pending = _manifest + ".pending";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_manifest)!);
            using (var writer = new StreamWriter(pending))
            {
                foreach (var (path, key) in _keys)
                {
                    var isKept = sink.Kept.ContainsKey(path);
                    if (isKept && _published.TryGetValue(path, out var kept) && kept.Key == key)
                    {
                        WriteLine(writer, path, key, kept.Length, kept.Modified);
                    }
                    else if (!isKept && new FileInfo(Path.Combine(staging, path)) is { Exists: true } file)
                    {
                        WriteLine(writer, path, key, file.Length, file.LastWriteTimeUtc.Ticks);
                    }
                }
            }

            return (pending, _manifest);
        }
        catch (IOException)
        {
            // Only an optimisation; but the old manifest must not vouch for files this publish replaces.
            File.Delete(_manifest);
            return null;
        }
    }

    private static void WriteLine(StreamWriter writer, string path, string key, long length, long modified)
    {
        writer.Write(path);
        writer.Write('\t');
        writer.Write(key);
        writer.Write('\t');
        writer.Write(length.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.WriteLine(modified.ToString(CultureInfo.InvariantCulture));
    }
}
