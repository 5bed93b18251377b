using System.Text;

namespace IbpPortal.Load;

/// <summary>Reads a source file's text.</summary>
public static class TextFile
{
    /// <summary>A whole file as <c>File.ReadAllText(path, TextDecoding.StrictUtf8)</c> reads it, but from one read of its bytes
    /// rather than through a stream reader when the file starts with no byte-order mark (nearly always).</summary>
    /// <remarks>A file with a mark is read by the stream reader as before, which decodes it as the mark says.</remarks>
    /// <exception cref="DecoderFallbackException">The file is not UTF-8.</exception>
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..]
            ? File.ReadAllText(path, TextDecoding.StrictUtf8)
            : TextDecoding.StrictUtf8.GetString(bytes);
    }
}
