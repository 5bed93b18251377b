using System.Text;

namespace IbpPortal;

/// <summary>Encodings used to read input: strict UTF-8 so that a file saved in another encoding is reported, not garbled.</summary>
public static class TextDecoding
{
    /// <summary>UTF-8 that throws on invalid bytes (a byte-order mark is accepted and skipped).</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A whole file as <c>File.ReadAllText(path, StrictUtf8)</c> reads it, but from one read of its bytes rather than
    /// through a stream reader when the file starts with no byte-order mark (nearly always).</summary>
    /// <remarks>A file with a mark is read by the stream reader as before, which decodes it as the mark says.</remarks>
    /// <exception cref="DecoderFallbackException">The file is not UTF-8.</exception>
    public static string ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..]
            ? File.ReadAllText(path, StrictUtf8)
            : StrictUtf8.GetString(bytes);
    }

    /// <summary>UTF-8 without a byte-order mark, for everything the build writes.</summary>
    public static Encoding Utf8NoBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
