using System.IO.Compression;
using IbpPortal.Load.Data;

namespace IbpPortal.Import.Tables;

/// <summary>A zip member's stream that also closes its archive when disposed.</summary>
internal sealed class ZipMemberStream(ZipArchive archive, Stream member) : ForwardReadStream
{
    public override int Read(byte[] buffer, int offset, int count) => member.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => member.Read(buffer);

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
