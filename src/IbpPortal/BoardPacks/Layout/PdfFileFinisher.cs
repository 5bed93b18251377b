using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Rewrites the file PDFsharp 6.2.4 saved, object by object, to fix what PDFsharp cannot be told to do:
/// our own XMP packet, Adler-32 trailers on Flate streams, deterministic font-subset tags and a
/// deterministic document ID.
/// </summary>
/// <remarks>
/// PDFsharp regenerates the XMP on save (unescaped, with random UUIDs), compresses with a bare deflate
/// stream (so <c>qpdf --check</c> warns on every stream), tags font subsets with random letters and
/// leaves the second file ID random. This pass needs no external tool, so every machine with the same
/// fonts writes the same bytes; it relies on PDFsharp's layout — one classic xref table, direct
/// <c>/Length</c> values, <c>"\nstream\n"</c> — and leaves anything else untouched.
/// Decided against post-processing with <c>qpdf --recompress-flate --object-streams=generate</c>: it is fast
/// (about 0.05 s for 12 pages) and shrinks files by about 60 % through object streams, but the bytes would then
/// depend on whether and which qpdf is installed. After this pass <c>qpdf --check</c> reports no errors or warnings.
/// </remarks>
internal static partial class PdfFileFinisher
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Finish(byte[] pdf, byte[] xmp)
    {
        string text = Latin1.GetString(pdf);
        int startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startXref < 0)
        {
            throw new InvalidOperationException("The PDF has no startxref.");
        }

        long xrefPosition = long.Parse(NumberAfter().Match(text, startXref + 9).Groups[1].Value, CultureInfo.InvariantCulture);
        var offsets = ReadXref(text, (int)xrefPosition);
        int trailerStart = text.IndexOf("trailer", (int)xrefPosition, StringComparison.Ordinal);
        string trailer = text[(trailerStart + 7)..startXref];
        trailer = trailer[..(trailer.LastIndexOf(">>", StringComparison.Ordinal) + 2)].Trim();

        int metadata = MetadataObject(text, offsets, trailer);
        var ordered = offsets.OrderBy(entry => entry.Value).ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);

        using var output = new MemoryStream(pdf.Length + xmp.Length);
        output.Write(pdf, 0, (int)ordered[0].Value);
        var newOffsets = new SortedDictionary<int, long>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var (number, offset) = ordered[i];
            long end = i + 1 < ordered.Count ? ordered[i + 1].Value : xrefPosition;
            newOffsets[number] = output.Position;
            var body = pdf.AsSpan((int)offset, (int)(end - offset));
            byte[] rewritten = number == metadata ? MetadataObject(number, xmp) : Rewrite(body, renames);
            output.Write(rewritten);
        }

        string id = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Position))[..16]);
        long newXref = output.Position;
        int size = newOffsets.Keys.Max() + 1;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (int number = 1; number < size; number++)
        {
            xref.Append(newOffsets.TryGetValue(number, out long position)
                ? string.Create(CultureInfo.InvariantCulture, $"{position:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }
        trailer = IdEntry().Replace(trailer, $"/ID[<{id}><{id}>]");
        trailer = SizeEntry().Replace(trailer, string.Create(CultureInfo.InvariantCulture, $"/Size {size}"));
        xref.Append(CultureInfo.InvariantCulture, $"trailer\n{trailer}\nstartxref\n{newXref}\n%%EOF\n");
        output.Write(Latin1.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    private static Dictionary<int, long> ReadXref(string text, int position)
    {
        if (string.CompareOrdinal(text, position, "xref", 0, 4) != 0)
        {
            throw new InvalidOperationException("Expected a classic xref table.");
        }

        var offsets = new Dictionary<int, long>();
        int at = text.IndexOf('\n', position) + 1;
        while (true)
        {
            int lineEnd = text.IndexOf('\n', at);
            string header = text[at..lineEnd].Trim();
            if (header.StartsWith("trailer", StringComparison.Ordinal))
            {
                return offsets;
            }

            var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int count = int.Parse(parts[1], CultureInfo.InvariantCulture);
            at = lineEnd + 1;
            for (int i = 0; i < count; i++, at += 20)
            {
                if (text[at + 17] == 'n')
                {
                    offsets[first + i] = long.Parse(text.AsSpan(at, 10), CultureInfo.InvariantCulture);
                }
            }
        }
    }

    private static int MetadataObject(string text, Dictionary<int, long> offsets, string trailer)
    {
        int root = int.Parse(RootEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        int start = (int)offsets[root];
        string catalog = text[start..text.IndexOf("endobj", start, StringComparison.Ordinal)];
        var match = MetadataEntry().Match(catalog);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The catalog has no /Metadata.");
    }

    private static byte[] MetadataObject(int number, byte[] xmp)
    {
        // Left uncompressed, as is usual for XMP, so that tools can find the packet without a PDF parser.
        var head = Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n"));
        return [.. head, .. xmp, .. "\nendstream\nendobj\n"u8];
    }

    private static byte[] Rewrite(ReadOnlySpan<byte> body, Dictionary<string, string> renames)
    {
        string text = Latin1.GetString(body);
        int stream = text.IndexOf("\nstream\n", StringComparison.Ordinal);
        if (stream < 0)
        {
            if (!text.Contains("/Type/Font", StringComparison.Ordinal))
            {
                return body.ToArray();
            }

            return Latin1.GetBytes(SubsetTag().Replace(text, match => "/" + Rename(match.Groups[1].Value, match.Groups[2].Value, renames) + "+" + match.Groups[2].Value));
        }
        string dictionary = text[..stream];
        var length = LengthEntry().Match(dictionary);
        if (!FlateFilter().IsMatch(dictionary) || !length.Success)
        {
            return body.ToArray();
        }

        int dataStart = stream + 8;
        int dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        if (dataStart + dataLength > body.Length || !text.AsSpan(dataStart + dataLength).TrimStart("\r\n").StartsWith("endstream", StringComparison.Ordinal))
        {
            return body.ToArray();
        }

        var data = body.Slice(dataStart, dataLength);
        if (data.Length < 6 || (data[0] & 0x0F) != 8 || !TryAdler32(data[2..], out uint adler)
            || BinaryPrimitives.ReadUInt32BigEndian(data[^4..]) == adler)
        {
            return body.ToArray();
        }

        // Append the zlib trailer PDFsharp leaves out (RFC 1950: Adler-32 of the uncompressed data, big-endian).
        string newDictionary = dictionary[..length.Index]
            + string.Create(CultureInfo.InvariantCulture, $"/Length {dataLength + 4}")
            + dictionary[(length.Index + length.Length)..];
        // The new length may have one digit more than the old (9998 + 4), so the head is measured, not assumed.
        var head = Latin1.GetBytes(newDictionary + "\nstream\n");
        var tail = body[(dataStart + dataLength)..];
        var result = new byte[head.Length + data.Length + 4 + tail.Length];
        head.CopyTo(result, 0);
        int at = head.Length;
        data.CopyTo(result.AsSpan(at));
        at += data.Length;
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(at), adler);
        tail.CopyTo(result.AsSpan(at + 4));
        return result;
    }

    private static bool TryAdler32(ReadOnlySpan<byte> deflate, out uint adler)
    {
        uint a = 1, b = 0;
        adler = 0;
        try
        {
            using var input = new MemoryStream(deflate.ToArray());
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            var buffer = new byte[5552 * 3];
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                // Reduce modulo 65521 once per 5552 bytes, the most that cannot overflow 32 bits (zlib's NMAX).
                for (int chunk = 0; chunk < read; chunk += 5552)
                {
                    int end = Math.Min(read, chunk + 5552);
                    for (int i = chunk; i < end; i++)
                    {
                        a += buffer[i];
                        b += a;
                    }
                    a %= 65521;
                    b %= 65521;
                }
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }
        adler = (b << 16) | a;
        return true;
    }

    /// <summary>Replaces a random six-letter subset tag by one derived from the font's name and its order.</summary>
    private static string Rename(string tag, string fontName, Dictionary<string, string> renames)
    {
        string key = tag + "+" + fontName;
        if (renames.TryGetValue(key, out var renamed))
        {
            return renamed;
        }

        int ordinal = renames.Keys.Count(k => k.EndsWith("+" + fontName, StringComparison.Ordinal));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{fontName}#{ordinal}")));
        var letters = new char[6];
        for (int i = 0; i < 6; i++)
        {
            letters[i] = (char)('A' + hash[i] % 26);
        }

        renamed = new string(letters);
        renames[key] = renamed;
        return renamed;
    }

    [GeneratedRegex(@"\G\s*(\d+)")]
    private static partial Regex NumberAfter();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Metadata\s+(\d+)\s+0\s+R")]
    private static partial Regex MetadataEntry();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"/Filter\s*/FlateDecode")]
    private static partial Regex FlateFilter();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/([A-Z]{6})\+([^\s/\[\]<>()]+)")]
    private static partial Regex SubsetTag();
}
