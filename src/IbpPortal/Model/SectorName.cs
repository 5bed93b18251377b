namespace IbpPortal.Model;

/// <summary>Writes an organisation type or sector as readers expect it: "icb" as "ICB", "nhs trust" as "NHS trust", "trust" as "Trust".</summary>
public static class SectorName
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase) { "ICB", "ICS", "NHS", "CCG", "UK", "GP", "A&E", "ODS" };

    /// <summary>Acronyms in capitals, the first word capitalised, the rest as written.</summary>
    public static string Display(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Acronyms.Contains(w) ? w.ToUpperInvariant() : w)
            .ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }
}
