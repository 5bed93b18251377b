using IbpPortal.Load.Data;

namespace IbpPortal.Import.Tables;

/// <summary>A read-only pass-through stream that reports every megabyte read as a fraction of a known length (files of 8 MB or more).</summary>
internal sealed class ProgressStream(Stream inner, long length, Action<double> report) : ForwardReadStream
{
    private const long Step = 1 << 20;
    private const long MinLength = 8 << 20;
    private long _read;
    private long _next = Step;

    public override long Length => length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            if (length >= MinLength)
            {
                report(1);
            }
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        if (_read >= _next && length >= MinLength)
        {
            _next = _read + Step;
            report((double)_read / length);
        }

        return read;
    }
}
