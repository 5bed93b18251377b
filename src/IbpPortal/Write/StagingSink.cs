using System.Collections.Concurrent;

namespace IbpPortal.Write;

/// <summary>Writes files into a staging folder (or counts them only, for <c>ibp check</c>).</summary>
public sealed class StagingSink(string? folder) : IOutputSink
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, long> _paths = new(StringComparer.Ordinal);

    /// <summary>The staging folder, or null when nothing is written.</summary>
    public string? Folder { get; } = folder;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Paths => [.. _paths.Keys];

    /// <summary>Total bytes written.</summary>
    public long Bytes => _paths.Values.Sum();

    /// <summary>The size of a file written (or counted), in bytes; 0 when none was.</summary>
    public long SizeOf(string relativePath) => _paths.GetValueOrDefault(relativePath);

    /// <inheritdoc />
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var safe = SafePath(relativePath);
        _paths[safe] = content.Length;
        if (Folder is null)
        {
            return;
        }

        var full = Path.Combine(Folder, safe);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(content);
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

        var full = Path.Combine(Folder, safe);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
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

        Write(relativePath, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 15, leaveOpen: true);
            writer.Write(text);
        });
    }

    /// <summary>The full path of a file written to the staging folder, or null when nothing is written.</summary>
    public string? FullPath(string relativePath) => Folder is null ? null : Path.Combine(Folder, SafePath(relativePath));

    /// <summary>Gives the existing file <paramref name="existing"/> the output path <paramref name="relativePath"/> by a hard link; false when it cannot.</summary>
    public bool TryLink(string relativePath, string existing, long length)
    {
        var safe = SafePath(relativePath);
        if (Folder is null)
        {
            return false;
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

    /// <summary>Rejects paths that would leave the output folder (<c>..</c>, rooted paths, odd characters).</summary>
    public static string SafePath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || Path.IsPathRooted(path) ||
            path.Split('/').Any(s => s is "" or "." or "..") || path.Any(c => c < 32 || c is ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': the path would leave the output folder.");
        }

        return path;
    }
}
