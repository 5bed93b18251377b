namespace IbpPortal.Charts;

/// <summary>The characters the chart typeface maps by default: the Latin text, figures and signs charts write.</summary>
/// <remarks>
/// Skia's SVG writer reads a typeface's whole character map for every run of text it writes (to turn glyphs back into
/// characters), so a map of 2,300 characters costs more than the rest of the run. Charts draw with a copy of the font
/// whose map holds only these characters (<see cref="EmbeddedTypefaces"/>); text with any other character is drawn
/// with the whole font, under <see cref="EmbeddedTypefaces.FullFamilyName"/>. Glyphs are the same in both.
/// </remarks>
internal static class LeanCharacters
{
    private static readonly (int First, int Last)[] Ranges =
    [
        (0x20, 0x7E),     // Basic Latin
        (0xA0, 0xFF),     // Latin-1 Supplement: £, accented letters, ·, ×, ÷
        (0x2010, 0x2027), // dashes, quotation marks, bullet, ellipsis
        (0x2030, 0x2030), // per mille
        (0x20AC, 0x20AC), // euro
        (0x2190, 0x2193), // arrows
        (0x2212, 0x2212), // minus
        (0x2248, 0x2248), // almost equal
        (0x2260, 0x2265), // not equal, less or equal, greater or equal
    ];

    /// <summary>Every code point of the lean set, ascending.</summary>
    public static IEnumerable<int> CodePoints => Ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1));

    /// <summary>True when every character of <paramref name="text"/> is in the lean set.</summary>
    public static bool Cover(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(char c)
    {
        foreach (var (first, last) in Ranges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }
}
