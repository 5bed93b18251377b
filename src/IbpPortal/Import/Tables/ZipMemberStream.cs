using System.IO.Compression;

namespace IbpPortal.Import.Tables;

/// <summary>A zip member's stream that also closes its archive when disposed.</summary>
internal sealed class ZipMemberStream(ZipArchive archive, Stream member) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => member.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => member.Read(buffer);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            member.Dispose();
            archive.Dispose();
        }

        base.Dispose(disposing);
    }
}
