namespace IbpPortal.Content;

/// <summary>A work in the bibliography, from CSL-JSON (the format Zotero and Mendeley export).</summary>
/// <param name="Id">The citation key, as in <c>[@kepczynski2018]</c>.</param>
/// <param name="Authors">Family and given names in order.</param>
/// <param name="Container">Journal or series title.</param>
public sealed record Reference(
    string Id,
    string Type,
    string Title,
    IReadOnlyList<(string Family, string Given)> Authors,
    int? Year,
    string? Container,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Publisher,
    string? Url)
{
    /// <summary>Short in-text form: "Kemp and Kemp, 1992" or "Kepczynski et al., 2018".</summary>
    public string ShortCitation
    {
        get
        {
            var names = Authors.Count switch
            {
                0 => Title,
                1 => Authors[0].Family,
                2 => $"{Authors[0].Family} and {Authors[1].Family}",
                _ => $"{Authors[0].Family} et al.",
            };
            return Year is { } year ? $"{names}, {year}" : names;
        }
    }

    /// <summary>The author list as written in the bibliography: "Kemp, R. and Kemp, S.".</summary>
    public string AuthorList
    {
        get
        {
            var formatted = Authors.Select(a => a.Given.Length == 0 ? a.Family : $"{a.Family}, {Initials(a.Given)}").ToList();
            return formatted.Count switch
            {
                0 => string.Empty,
                1 => formatted[0],
                _ => string.Join(", ", formatted.Take(formatted.Count - 1)) + " and " + formatted[^1],
            };
        }
    }

    /// <summary>Where the work appeared: "Public Administration Review, 52(1), pp. 81–89" or the publisher.</summary>
    public string Source
    {
        get
        {
            var parts = new List<string>();
            if (!string.IsNullOrEmpty(Container))
            {
                var volume = Volume ?? string.Empty;
                if (!string.IsNullOrEmpty(Issue))
                {
                    volume += $"({Issue})";
                }

                parts.Add(volume.Length > 0 ? $"{Container}, {volume}" : Container);
            }

            if (!string.IsNullOrEmpty(Pages))
            {
                parts.Add($"pp. {Pages.Replace('-', '–')}");
            }

            if (!string.IsNullOrEmpty(Publisher))
            {
                parts.Add(Publisher);
            }

            return string.Join(", ", parts);
        }
    }

    private static string Initials(string given) =>
        string.Join(" ", given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(n => n[0] + "."));
}
