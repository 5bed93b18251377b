namespace IbpPortal.Write;

/// <summary>
/// The site's pages as the search indexer reads them: a copy of every HTML page without the chart data tables that
/// search ignores anyway (each is a <c>details</c> element marked <c>data-pagefind-ignore</c>).
/// </summary>
/// <remarks>
/// Pagefind leaves an ignored element out of the index but still parses it, and the data tables are half of a national
/// portal's HTML (424 MB of pages, 215 MB without them): Pagefind took 16.7 s over the pages as published and 7.8 s over
/// these copies, and wrote the same bundle byte for byte. An ignored block that holds any Pagefind attribute (a filter,
/// a meta or a sort, which Pagefind reads even inside ignored content) is kept as it is.
/// </remarks>
internal static class SearchPages
{
    private static readonly byte[] Ignored = "<details class=\"nhsuk-details\" data-pagefind-ignore>"u8.ToArray();
    private static readonly byte[] Open = "<details"u8.ToArray();
    private static readonly byte[] Close = "</details>"u8.ToArray();
    private static readonly byte[] PagefindAttribute = "data-pagefind-"u8.ToArray();

    /// <summary>Writes the copy of every <c>.html</c> file under <paramref name="site"/> into <paramref name="copies"/> (a new
    /// folder, which is left out of the pages even when it lies inside the site).</summary>
    public static void Write(string site, string copies)
    {
        site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site));
        copies = Path.TrimEndingDirectorySeparator(Path.GetFullPath(copies));
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(copies + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            var target = Path.Combine(copies, Path.GetRelativePath(site, page));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, Strip(File.ReadAllBytes(page)));
        });
    }

    /// <summary>The page without its ignored <c>details</c> blocks (nested ones included in their block); the same array when it has none.</summary>
    internal static byte[] Strip(byte[] html)
    {
        var text = html.AsSpan();
        List<Range>? dropped = null;
        var position = 0;
        while (position < text.Length && text[position..].IndexOf(Ignored) is var found and >= 0)
        {
            var start = position + found;
            var end = EndOf(text, start + Ignored.Length);
            if (end < 0)
            {
                break;
            }

            if (text[(start + Ignored.Length)..end].IndexOf(PagefindAttribute) < 0)
            {
                (dropped ??= []).Add(start..end);
                position = end;
            }
            else
            {
                position = start + Ignored.Length;
            }
        }

        if (dropped is null)
        {
            return html;
        }

        var kept = new byte[html.Length - dropped.Sum(r => r.End.Value - r.Start.Value)];
        var from = 0;
        var to = 0;
        foreach (var range in dropped)
        {
            text[from..range.Start.Value].CopyTo(kept.AsSpan(to));
            to += range.Start.Value - from;
            from = range.End.Value;
        }

        text[from..].CopyTo(kept.AsSpan(to));
        return kept;
    }

    /// <summary>Where the <c>details</c> element whose content starts at <paramref name="inside"/> ends (just after its
    /// closing tag), counting nested ones; -1 when it is not closed.</summary>
    private static int EndOf(ReadOnlySpan<byte> text, int inside)
    {
        var depth = 1;
        var position = inside;
        while (depth > 0)
        {
            var close = text[position..].IndexOf(Close);
            if (close < 0)
            {
                return -1;
            }

            var open = text[position..].IndexOf(Open);
            if (open >= 0 && open < close)
            {
                depth++;
                position += open + Open.Length;
            }
            else
            {
                depth--;
                position += close + Close.Length;
            }
        }

        return position;
    }
}
