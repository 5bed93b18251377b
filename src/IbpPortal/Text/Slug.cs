using System.Text;

namespace IbpPortal;

/// <summary>Makes safe address segments from titles and tags.</summary>
public static class Slug
{
    /// <summary>Lower-case letters and digits joined by single hyphens: "A&amp;E: winter 2024" becomes "a-e-winter-2024".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
