using System.Globalization;

namespace IbpPortal.Content;

/// <summary>Creates new content files with correct front matter and an address that clashes with no existing page.</summary>
public static class Scaffold
{
    /// <summary>The kinds of file <c>ibp new</c> can create.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["case-study", "page", "news"];

    /// <summary>Writes the new file and returns its path relative to the portal root.</summary>
    /// <param name="title">The title; a line break in it becomes a space, and quotes, colons and <c>#</c> are kept as typed.</param>
    /// <param name="today">The date written into the front matter (passed in: the library never reads the clock).</param>
    public static string Create(string root, string kind, string title, DateOnly today)
    {
        var folder = kind switch
        {
            "case-study" => "input/case-studies",
            "news" => "input/news",
            "page" => "input",
            _ => throw new ArgumentException($"Unknown kind '{kind}'.", nameof(kind)),
        };
        var baseSlug = Slug.From(title);
        if (baseSlug.Length == 0)
        {
            baseSlug = kind;
        }

        var dir = Path.Combine(root, folder);
        Directory.CreateDirectory(dir);
        var slug = baseSlug;
        for (var n = 2; Exists(dir, slug); n++)
        {
            slug = $"{baseSlug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var quoted = YamlText.DoubleQuoted(YamlText.OneLine(title));
        var text = kind switch
        {
            "case-study" => $"""
                ---
                title: {quoted}
                description: One sentence saying what this case study shows.
                summary: One sentence for the case studies list.
                sector: nhs trust
                organisation: Name of the organisation
                location: Place
                date: {date}
                tags: [integrated planning]
                draft: true
                ---

                ## The challenge

                What problem the organisation faced.

                ## What they did

                The steps they took.

                ## What changed

                The results, with figures where you have them. For a live figure from the data, use the kpi shortcode (see the authoring guide).

                ## Lessons for the NHS

                What other trusts and ICBs can take from this.

                """,
            "news" => $"""
                ---
                title: {quoted}
                description: One sentence for the news list and the feed.
                date: {date}
                tags: [news]
                draft: true
                ---

                Write the news item here.

                """,
            _ => $"""
                ---
                title: {quoted}
                description: One sentence saying what this page is for.
                draft: true
                ---

                ## First section

                Write the page here.

                """,
        };
        var path = Path.Combine(dir, slug + ".md");
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), TextDecoding.Utf8NoBom);
        return Path.GetRelativePath(root, path).Replace('\\', '/');
    }

    private static bool Exists(string dir, string slug) =>
        File.Exists(Path.Combine(dir, slug + ".md")) || Directory.Exists(Path.Combine(dir, slug)) ||
        Directory.EnumerateFiles(dir, "*.md").Any(f => Path.GetFileNameWithoutExtension(f).EndsWith("-" + slug, StringComparison.Ordinal) &&
            char.IsDigit(Path.GetFileNameWithoutExtension(f)[0]));
}
