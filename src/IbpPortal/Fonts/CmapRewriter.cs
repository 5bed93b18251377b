using System.Buffers.Binary;

namespace IbpPortal.Fonts;

/// <summary>Copies a TrueType font in memory with its character map (<c>cmap</c>) replaced; every other table is kept byte for byte.</summary>
/// <remarks>
/// Glyph ids, outlines, metrics and names are unchanged, so text drawn through the new map looks and measures exactly as
/// through the old one. The copy lives only in memory and is never written out.
/// </remarks>
internal static class CmapRewriter
{
    private const int TableRecordSize = 16;

    /// <summary>The font with one Windows Unicode BMP map (platform 3, encoding 1, format 4) holding exactly <paramref name="map"/>.</summary>
    /// <param name="font">A TrueType (sfnt) font file.</param>
    /// <param name="map">Code points below U+FFFF and their glyph ids, in ascending code point order.</param>
    public static byte[] WithCmap(byte[] font, IReadOnlyList<(int CodePoint, ushort Glyph)> map)
    {
        var tables = ReadTables(font);
        var cmap = CmapFormat4.Table(map);
        var size = 12 + (tables.Count * TableRecordSize) + tables.Sum(t => Padded(t.Tag == "cmap" ? cmap.Length : t.Length));
        var output = new byte[size];
        font.AsSpan(0, 4).CopyTo(output);
        WriteDirectoryHeader(output, tables.Count);
        var offset = 12 + (tables.Count * TableRecordSize);
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var data = table.Tag == "cmap" ? cmap : font.AsSpan(table.Offset, table.Length);
            data.CopyTo(output.AsSpan(offset));
            var record = output.AsSpan(12 + (i * TableRecordSize), TableRecordSize);
            System.Text.Encoding.ASCII.GetBytes(table.Tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(output.AsSpan(offset, Padded(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            offset += Padded(data.Length);
        }

        return output;
    }

    private static List<(string Tag, int Offset, int Length)> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<(string Tag, int Offset, int Length)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (i * TableRecordSize), TableRecordSize);
            tables.Add((System.Text.Encoding.ASCII.GetString(record[..4]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        // Table records are sorted by tag (ordinal), as the format requires; the input's order is kept.
        return tables;
    }

    private static void WriteDirectoryHeader(Span<byte> output, int count)
    {
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(output[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(output[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(output[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(output[10..], (ushort)((count - power) * 16));
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> padded)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= padded.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(padded[i..]);
        }

        return sum;
    }
}
