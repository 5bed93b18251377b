using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using IbpPortal.Provenance;

namespace IbpPortal.Load;

/// <summary>
/// The one hasher of a build's source files: each file's SHA-256 is read once and reused by everything that hashes sources
/// (the up-to-date check, the preview's data key, the data's fingerprint and the artefact cache's site key).
/// </summary>
/// <remarks>Made afresh for each build, so a file edited between builds is hashed again.</remarks>
public sealed class SourceHashes(string root)
{
    private readonly ConcurrentDictionary<string, byte[]?> _digests = new(StringComparer.Ordinal);

    /// <summary>The portal's folder.</summary>
    public string Root { get; } = root;

    /// <summary>The SHA-256 of a file's bytes, or null when there is no such file.</summary>
    public byte[]? Digest(string path) => _digests.GetOrAdd(Path.GetFullPath(path), static full =>
    {
        if (!File.Exists(full))
        {
            return null;
        }

        using var stream = File.OpenRead(full);
        return SHA256.HashData(stream);
    });

    /// <summary>Appends <paramref name="name"/> and, when the file exists, its digest to a running hash.</summary>
    public void Append(IncrementalHash hash, string path, string name)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
        if (Digest(path) is { } digest)
        {
            hash.AppendData(digest);
        }
    }

    /// <summary>The fingerprint of every file under <c>data/</c>, but editor files and the folder's README; <see cref="DataFingerprint.None"/> without that folder.</summary>
    public DataFingerprint DataFingerprint()
    {
        var folder = Path.Combine(Root, "data");
        if (!Directory.Exists(folder))
        {
            return Provenance.DataFingerprint.None;
        }

        var files = new List<DataFileHash>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (!Path.GetFileName(file).StartsWith('.') && !relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && Digest(file) is { } digest)
            {
                files.Add(new DataFileHash(relative, Convert.ToHexStringLower(digest)));
            }
        }

        return Provenance.DataFingerprint.Of(files);
    }
}
