namespace IbpPortal.Write;

/// <summary>A write-only stream that keeps nothing and counts the bytes written to it: the size of a file a check does not write.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => _length += count;

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

    /// <inheritdoc />
    public override void WriteByte(byte value) => _length++;

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
}
