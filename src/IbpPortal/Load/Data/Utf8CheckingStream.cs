using System.Text;

namespace IbpPortal.Load.Data;

/// <summary>Passes a file's bytes through unchanged, throwing <see cref="DecoderFallbackException"/> at the first byte that is not valid UTF-8.</summary>
/// <remarks>The CSV reader decodes UTF-8 leniently; this keeps a mis-saved file (Windows-1252 from Excel) from loading with garbled names.</remarks>
internal sealed class Utf8CheckingStream(Stream inner) : ForwardReadStream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

    /// <inheritdoc />
    public override long Length => inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);

        // The decoder keeps a sequence split across reads, and flushing at the end catches one cut short.
        _decoder.GetCharCount(buffer[..read], flush: read == 0);
        return read;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
