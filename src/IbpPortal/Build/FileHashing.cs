using System.Security.Cryptography;
using System.Text;

namespace IbpPortal.Build;

/// <summary>Adds files to a running hash (their path and a digest of their bytes): shared by the build fingerprint, the site key and the preview session.</summary>
internal static class FileHashing
{
    /// <summary>Appends <paramref name="name"/> and, when the file exists, the SHA-256 of its bytes.</summary>
    public static void Append(IncrementalHash hash, string path, string name)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
        if (File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            hash.AppendData(SHA256.HashData(stream));
        }
    }
}
