using System.Security.Cryptography;
using System.Text;

namespace IbpPortal.Provenance;

/// <summary>The SHA-256 of each input data file and of them all together: proof of which data an edition used.</summary>
/// <param name="Files">Every file of <c>data/</c>, by path.</param>
/// <param name="Combined">SHA-256 (lower-case hex) of the lines <c>path␠sha256\n</c> of <paramref name="Files"/> in path order.</param>
public sealed record DataFingerprint(IReadOnlyList<DataFileHash> Files, string Combined)
{
    /// <summary>The fingerprint of no data at all.</summary>
    public static DataFingerprint None { get; } = Of([]);

    /// <summary>Combines the files' hashes (in any order) into a fingerprint.</summary>
    public static DataFingerprint Of(IEnumerable<DataFileHash> files)
    {
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var text = string.Concat(sorted.Select(f => $"{f.Path} {f.Sha256}\n"));
        return new DataFingerprint(sorted, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }
}
