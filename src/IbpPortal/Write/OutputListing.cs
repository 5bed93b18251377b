using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace IbpPortal.Write;

/// <summary>
/// Every file of an output folder with its size and last write time, read once per build by walking the folder's
/// directories on all cores: what the reuse checks and the in-place publish's deletions ask of the published site.
/// </summary>
/// <remarks>
/// A national site is 88,000 files in 1,600 folders. Asking the file system about each file by its full path as pages
/// are rendered, and then listing the folder again to find deletions, took about a second of a one-page edit; one walk
/// answers both. The walk sees the files as they are when the build starts, which is what the reuse checks saw before
/// (the output is locked against other builds; a file edited by hand during a build was never covered).
/// Paths are relative to the folder with <c>/</c> between names, as output paths are. A symbolic link is listed (so that
/// it is deleted when no longer produced) but never counts as unchanged.
/// </remarks>
public sealed class OutputListing
{
    private readonly Dictionary<string, (long Length, long Modified)> _files;

    private OutputListing(Dictionary<string, (long Length, long Modified)> files) => _files = files;

    /// <summary>A folder that does not exist, or was not read: no files.</summary>
    public static OutputListing Empty { get; } = new(new Dictionary<string, (long, long)>(StringComparer.Ordinal));

    /// <summary>How many files the folder holds.</summary>
    public int Count => _files.Count;

    /// <summary>The relative paths of every file.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Every file with its size and last write time (a link's time as -1), in no particular order.</summary>
    public IEnumerable<PublishedFile> Files => _files.Select(f => new PublishedFile(f.Key, f.Value.Length, f.Value.Modified));

    /// <summary>True when <paramref name="relativePath"/> is a regular file of exactly this size and last write time.</summary>
    public bool Has(string relativePath, long length, long modified) =>
        _files.TryGetValue(relativePath, out var file) && file.Length == length && file.Modified == modified;

    /// <summary>The size and last write time of a file, or null when there is none (or it is a link).</summary>
    public (long Length, long Modified)? Of(string relativePath) =>
        _files.TryGetValue(relativePath, out var file) && file.Modified >= 0 ? file : null;

    /// <summary>Walks <paramref name="folder"/> (see <see cref="Read"/>); null when it cannot be read.</summary>
    public static OutputListing? TryRead(string folder, Func<ReadOnlySpan<char>, string?>? known = null)
    {
        try
        {
            return Read(folder, known);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Walks <paramref name="folder"/>: its directories first (names only), then each directory's files with their
    /// sizes and times, directories side by side.</summary>
    /// <param name="known">Finds the string of a path already held (the last build's manifest has nearly every one), so that
    /// the 88,000 paths of a national site are not made again; null to make every path.</param>
    public static OutputListing Read(string folder, Func<ReadOnlySpan<char>, string?>? known = null)
    {
        if (!Directory.Exists(folder))
        {
            return Empty;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var folders = new List<string> { root };
        folders.AddRange(Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories));
        var found = new ConcurrentBag<(string Path, long Length, long Modified)[]>();
        Parallel.ForEach(folders, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, dir =>
        {
            var prefix = dir.Length == root.Length ? string.Empty : dir[(root.Length + 1)..].Replace('\\', '/') + "/";
            var files = new FileSystemEnumerable<(string, long, long)>(
                dir,
                (ref FileSystemEntry entry) => (PathOf(prefix, entry.FileName, known), entry.Length, IsLink(entry) ? -1 : entry.LastWriteTimeUtc.UtcTicks),
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };
            found.Add([.. files]);
        });

        var all = new Dictionary<string, (long, long)>(found.Sum(f => f.Length), StringComparer.Ordinal);
        foreach (var batch in found)
        {
            foreach (var (path, length, modified) in batch)
            {
                all[path] = (length, modified);
            }
        }

        return new OutputListing(all);
    }

    private static string PathOf(string prefix, ReadOnlySpan<char> name, Func<ReadOnlySpan<char>, string?>? known)
    {
        var length = prefix.Length + name.Length;
        if (known is null || length > 512)
        {
            return string.Concat(prefix, name);
        }

        Span<char> path = stackalloc char[length];
        prefix.CopyTo(path);
        name.CopyTo(path[prefix.Length..]);
        return known(path) ?? path.ToString();
    }

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
