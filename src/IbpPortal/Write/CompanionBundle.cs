using System.Text;

namespace IbpPortal.Write;

/// <summary>The files a cached page brings with it, in one file: a header, their number, then each file's output path
/// and bytes, each with its length.</summary>
/// <remarks>A bundle that is not whole (cut short, or written by an earlier version as a list of paths) reads as none,
/// and the page is then rendered again.</remarks>
internal static class CompanionBundle
{
    private static readonly byte[] Header = "IBP companions 1\n"u8.ToArray();

    /// <summary>Writes <paramref name="files"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Header);
        writer.Write(files.Count);
        foreach (var (name, bytes) in files)
        {
            writer.Write(name);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
    }

    /// <summary>The files in the bundle at <paramref name="path"/>, or null when it is not a whole bundle.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)>? Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Header.Length).AsSpan().SequenceEqual(Header))
            {
                return null;
            }

            var count = reader.ReadInt32();
            if (count < 0)
            {
                return null;
            }

            var files = new List<(string, byte[])>(Math.Min(count, 4096));
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                var length = reader.ReadInt32();
                var bytes = length < 0 ? [] : reader.ReadBytes(length);
                if (length < 0 || bytes.Length != length)
                {
                    return null;
                }

                files.Add((name, bytes));
            }

            return stream.Position == stream.Length ? files : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }
}
