using System.Security.Cryptography;

namespace IbpPortal.Provenance;

/// <summary>Hashes the files of a portal's <c>data/</c> folder (I/O; the combining is <see cref="DataFingerprint.Of"/>).</summary>
internal static class DataFingerprintReader
{
    /// <summary>The fingerprint of every file under <c>data/</c> of <paramref name="portalRoot"/>; <see cref="DataFingerprint.None"/> without that folder.</summary>
    public static DataFingerprint Read(string portalRoot)
    {
        var folder = Path.Combine(portalRoot, "data");
        if (!Directory.Exists(folder))
        {
            return DataFingerprint.None;
        }

        var files = new List<DataFileHash>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(portalRoot, file).Replace('\\', '/');
            if (Path.GetFileName(file).StartsWith('.') || relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                // Editor files and the folder's README are not data.
                continue;
            }

            using var stream = File.OpenRead(file);
            files.Add(new DataFileHash(relative, Convert.ToHexStringLower(SHA256.HashData(stream))));
        }

        return DataFingerprint.Of(files);
    }
}
