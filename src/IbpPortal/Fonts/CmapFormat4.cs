using System.Buffers.Binary;

namespace IbpPortal.Fonts;

/// <summary>Writes a <c>cmap</c> table with one Windows Unicode BMP subtable in format 4 (segments with a glyph id delta).</summary>
internal static class CmapFormat4
{
    /// <summary>The whole <c>cmap</c> table for <paramref name="map"/> (ascending code points below U+FFFF).</summary>
    public static byte[] Table(IReadOnlyList<(int CodePoint, ushort Glyph)> map)
    {
        var segments = Segments(map);
        var segCount = segments.Count;
        var subtableLength = 16 + (segCount * 8);
        var table = new byte[12 + subtableLength];
        var span = table.AsSpan();

        // cmap header: version 0, one subtable, platform 3 (Windows) encoding 1 (Unicode BMP) at offset 12.
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 12);

        var sub = span[12..];
        var power = 1;
        var log = 0;
        while (power * 2 <= segCount)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(sub, 4);
        BinaryPrimitives.WriteUInt16BigEndian(sub[2..], (ushort)subtableLength);
        BinaryPrimitives.WriteUInt16BigEndian(sub[6..], (ushort)(segCount * 2));
        BinaryPrimitives.WriteUInt16BigEndian(sub[8..], (ushort)(power * 2));
        BinaryPrimitives.WriteUInt16BigEndian(sub[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(sub[12..], (ushort)((segCount - power) * 2));
        var ends = sub[14..];
        var starts = sub[(16 + (segCount * 2))..];
        var deltas = sub[(16 + (segCount * 4))..];

        // idRangeOffset (the last array) stays all zero: every glyph is its code point plus the segment's delta.
        for (var i = 0; i < segCount; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(ends[(i * 2)..], (ushort)segments[i].End);
            BinaryPrimitives.WriteUInt16BigEndian(starts[(i * 2)..], (ushort)segments[i].Start);
            BinaryPrimitives.WriteUInt16BigEndian(deltas[(i * 2)..], (ushort)segments[i].Delta);
        }

        return table;
    }

    /// <summary>Runs of consecutive code points whose glyph ids are consecutive too, ending with the required U+FFFF segment.</summary>
    private static List<(int Start, int End, int Delta)> Segments(IReadOnlyList<(int CodePoint, ushort Glyph)> map)
    {
        var segments = new List<(int Start, int End, int Delta)>();
        foreach (var (codePoint, glyph) in map)
        {
            if (codePoint is < 0 or >= 0xFFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(map), $"U+{codePoint:X4} does not fit a format 4 map.");
            }

            var delta = (glyph - codePoint) & 0xFFFF;
            if (segments.Count > 0 && segments[^1].End == codePoint - 1 && segments[^1].Delta == delta)
            {
                segments[^1] = segments[^1] with { End = codePoint };
            }
            else
            {
                if (segments.Count > 0 && segments[^1].End >= codePoint)
                {
                    throw new ArgumentException("Code points must be in ascending order without repeats.", nameof(map));
                }

                segments.Add((codePoint, codePoint, delta));
            }
        }

        segments.Add((0xFFFF, 0xFFFF, 1));
        return segments;
    }
}
