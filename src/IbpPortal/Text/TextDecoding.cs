using System.Text;

namespace IbpPortal;

/// <summary>Encodings used to read input: strict UTF-8 so that a file saved in another encoding is reported, not garbled.</summary>
public static class TextDecoding
{
    /// <summary>UTF-8 that throws on invalid bytes (a byte-order mark is accepted and skipped).</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 without a byte-order mark, for everything the build writes.</summary>
    public static Encoding Utf8NoBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
