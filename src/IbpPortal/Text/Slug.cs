using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IbpPortal;

/// <summary>Makes safe address segments from titles and tags.</summary>
public static class Slug
{
    /// <summary>
    /// Lower-case letters and digits joined by single hyphens: "A&amp;E: winter 2024" becomes "a-e-winter-2024";
    /// accents are dropped ("é" becomes "e").
    /// </summary>
    /// <remarks>
    /// Text with no letter or digit that can be written this way ("日本", "!!!", "..") gets a short hash of
    /// itself instead, such as "h-5c2a91f0": the same text always gives the same address, and the address is
    /// never empty.
    /// </remarks>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || Transliterate(c) is not null)
            {
                builder.Append(Transliterate(c) ?? char.ToLowerInvariant(c).ToString());
                hyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : Hashed(text);
    }

    private static string Hashed(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim().Normalize(NormalizationForm.FormC)));
        return "h-" + Convert.ToHexStringLower(bytes, 0, 4);
    }

    // The portal runs with invariant globalization, where Normalize leaves accented letters whole, so Latin
    // letters with accents are mapped here (and those that never decompose, such as ß and ø, too).
    private static readonly FrozenDictionary<char, string> Latin = BuildLatin();

    private static string? Transliterate(char c) => c < 0x80 ? null : Latin.GetValueOrDefault(char.ToLowerInvariant(c));

    private static FrozenDictionary<char, string> BuildLatin()
    {
        var map = new Dictionary<char, string>
        {
            ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
        };
        foreach (var (letter, accented) in new[]
        {
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ď"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįİ"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀ"), ("n", "ñńņňŉ"), ("o", "òóôõöōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        })
        {
            foreach (var c in accented)
            {
                map[char.ToLowerInvariant(c)] = letter;
            }
        }

        return map.ToFrozenDictionary();
    }
}
