using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;

namespace IbpPortal.Write;

/// <summary>Writes files into a staging folder (or counts them only, for <c>ibp check</c>).</summary>
/// <param name="folder">The staging folder, or null when nothing is written.</param>
/// <param name="keepLinks">When true, a file reused from the last output (<see cref="TryLink"/>) is only noted as kept: it
/// is linked into the folder later (<see cref="LinkKept"/>) if the whole folder is published, and left where it is if the
/// changed files are published in place (<see cref="InPlacePublisher"/>).</param>
/// <param name="capacity">How many files the build is expected to place (the last build's count), so that the path tables
/// are not grown and rehashed many times over as a national build places 88,000.</param>
public sealed class StagingSink(string? folder, bool keepLinks = false, int capacity = 0) : IOutputSink
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, long> _paths = new(Environment.ProcessorCount, Math.Max(31, capacity + (capacity / 8)), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _kept = new(Environment.ProcessorCount, Math.Max(31, capacity + (capacity / 8)), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    /// <summary>The staging folder, or null when nothing is written.</summary>
    public string? Folder { get; } = folder;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Paths => [.. _paths.Keys];

    /// <summary>True when <paramref name="relativePath"/> was written or kept (asked without copying 88,000 paths).</summary>
    public bool Has(string relativePath) => _paths.ContainsKey(relativePath);

    /// <summary>The paths reused from the last output and not yet linked into the folder, with the files they name.</summary>
    public IReadOnlyDictionary<string, string> Kept => _kept;

    /// <summary>The paths written into the folder (every path but the kept ones).</summary>
    public IReadOnlyList<string> Staged => [.. _paths.Select(p => p.Key).Where(p => !_kept.ContainsKey(p))];

    /// <summary>Total bytes written.</summary>
    public long Bytes => _paths.Values.Sum();

    /// <summary>The size of a file written (or counted), in bytes; 0 when none was.</summary>
    public long SizeOf(string relativePath) => _paths.GetValueOrDefault(relativePath);

    /// <inheritdoc />
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var safe = SafePath(relativePath);
        _paths[safe] = content.Length;
        _kept.TryRemove(safe, out _);
        if (Folder is null)
        {
            return;
        }

        using var handle = Create(Path.Combine(Folder, safe));
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>Stores a file whose bytes <paramref name="write"/> writes to a stream, so that a large file is never held in memory.</summary>
    public void Write(string relativePath, Action<Stream> write)
    {
        var safe = SafePath(relativePath);
        if (Folder is null)
        {
            using var counter = new CountingStream();
            write(counter);
            _paths[safe] = counter.Length;
            return;
        }

        _kept.TryRemove(safe, out _);
        using var stream = new FileStream(Create(Path.Combine(Folder, safe)), FileAccess.Write, 1 << 16);
        write(stream);
        stream.Flush();
        _paths[safe] = stream.Length;
    }

    /// <summary>Stores a text file as UTF-8 (no byte order mark), encoded straight into the file rather than into an array first.</summary>
    public void WriteText(string relativePath, string text)
    {
        if (Folder is null)
        {
            _paths[SafePath(relativePath)] = Utf8.GetByteCount(text);
            return;
        }

        var safe = SafePath(relativePath);
        _kept.TryRemove(safe, out _);
        using var handle = Create(Path.Combine(Folder, safe));
        _paths[safe] = WriteUtf8(handle, text);
    }

    // Encodes the text piece by piece through one pooled buffer: no array of the whole page beside its string, and no
    // per-file stream buffers (a StreamWriter's 98 KB byte buffer went to the large object heap for every page, and the
    // collector ran a full collection every hundred pages or so).
    private static long WriteUtf8(SafeFileHandle handle, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var encoder = Utf8.GetEncoder();
            var rest = text.AsSpan();
            var written = 0L;
            var completed = false;
            while (!completed)
            {
                encoder.Convert(rest, buffer, flush: true, out var charsUsed, out var bytesUsed, out completed);
                RandomAccess.Write(handle, buffer.AsSpan(0, bytesUsed), written);
                written += bytesUsed;
                rest = rest[charsUsed..];
            }

            return written;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A path already staged may be a hard link to the previous output's file (a page linked, then rendered after all):
    // opening it to truncate would rewrite the published file and the cache through the link. The name is removed first,
    // so the new bytes always go to a new file.
    /// <remarks>The file is always new: a path placed earlier in the build (perhaps as a hard link to a published file) is
    /// deleted first, never written through. The staging folder starts empty, so that is tried only when the name is taken;
    /// each folder is created once (a national build writes 88,000 files into 4,000 folders).</remarks>
    private SafeFileHandle Create(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!_folders.ContainsKey(folder))
        {
            // Noted only once it exists: a thread that finds it noted can open files in it at once.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        try
        {
            return File.OpenHandle(fullPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            File.Delete(fullPath);
            return File.OpenHandle(fullPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>The full path of a file written to the staging folder, or null when nothing is written.</summary>
    public string? FullPath(string relativePath) => Folder is null ? null : Path.Combine(Folder, SafePath(relativePath));

    /// <summary>Gives the existing file <paramref name="existing"/> the output path <paramref name="relativePath"/> by a hard link
    /// (or, keeping links, notes it as kept); false when it cannot.</summary>
    /// <remarks>Each output path is placed once in a build; a path written after it was kept is written, not kept.</remarks>
    public bool TryLink(string relativePath, string existing, long length)
    {
        var safe = SafePath(relativePath);
        if (Folder is null)
        {
            return false;
        }

        if (keepLinks)
        {
            _kept[safe] = existing;
            _paths[safe] = length;
            return true;
        }

        var full = Path.Combine(Folder, safe);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!HardLink.TryCreate(existing, full))
        {
            return false;
        }

        _paths[safe] = length;
        return true;
    }

    /// <summary>Links every kept file into the folder, so that it holds the whole site (to be indexed, or published by a swap).</summary>
    /// <remarks>Where a link cannot be made the file is copied to a new file; the kept file is never opened for writing.</remarks>
    public void LinkKept()
    {
        if (Folder is null)
        {
            return;
        }

        Parallel.ForEach(_kept.OrderBy(k => k.Key, StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, kept =>
        {
            var full = Path.Combine(Folder, kept.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (!HardLink.TryCreate(kept.Value, full))
            {
                File.Copy(kept.Value, full, overwrite: false);
            }
        });
        _kept.Clear();
    }

    /// <summary>Rejects paths that would leave the output folder (<c>..</c>, rooted paths, odd characters).</summary>
    public static string SafePath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (!IsInside(path))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': the path would leave the output folder.");
        }

        return path;
    }

    /// <summary>True for a relative path with no empty, <c>.</c> or <c>..</c> segment and no control or reserved character.</summary>
    private static bool IsInside(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || Path.IsPathRooted(path))
        {
            return false;
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            if (path.AsSpan(range) is "" or "." or "..")
            {
                return false;
            }
        }

        foreach (var c in path)
        {
            if (c < 32 || c is ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                return false;
            }
        }

        return true;
    }
}
