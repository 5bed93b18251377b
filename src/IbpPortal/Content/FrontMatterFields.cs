using System.Globalization;
using IbpPortal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Content;

/// <summary>Types the fields of one page's front matter, reporting each bad value at its line; <see cref="Ok"/> is false after any error.</summary>
internal sealed class FrontMatterFields(string path, IReadOnlyDictionary<string, YamlNode> values, IReadOnlyDictionary<string, int> lines, DiagnosticBag diagnostics)
{
    // The fields FrontMatter has a property for; every other one is kept as text in its Extra.
    private static readonly HashSet<string> Typed = ["title", "description", "layout", "tags", "date", "order", "draft", "visibility", "slug"];

    /// <summary>False once a field has been reported as an error.</summary>
    public bool Ok { get; private set; } = true;

    /// <summary>The trimmed text of a scalar field; null when absent or not a scalar.</summary>
    public string? Scalar(string key) => values.TryGetValue(key, out var node) && node is YamlScalarNode s ? s.Value?.Trim() : null;

    /// <summary>The title, which every page needs.</summary>
    public string? Title()
    {
        var title = Scalar("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            Error("title", ContentCodes.MissingTitle, "the page has no title", "add a line 'title: Your page title' to the front matter");
        }

        return title;
    }

    /// <summary>The date, written YYYY-MM-DD; null when absent.</summary>
    public DateOnly? Date()
    {
        if (Scalar("date") is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error("date", ContentCodes.BadFrontMatterValue, $"date '{text}' is not a date in the form YYYY-MM-DD", "write the date as, for example, 2025-03-10");
        return null;
    }

    /// <summary>The order among sibling pages; null when absent.</summary>
    public double? Order()
    {
        if (Scalar("order") is not { Length: > 0 } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var order))
        {
            return order;
        }

        Error("order", ContentCodes.BadFrontMatterValue, $"order '{text}' is not a number", "write a number such as 1, 2 or 3");
        return null;
    }

    /// <summary>Whether the page is a draft; false when absent.</summary>
    public bool Draft()
    {
        var draft = false;
        if (Scalar("draft") is { Length: > 0 } text && !bool.TryParse(text, out draft))
        {
            Error("draft", ContentCodes.BadFrontMatterValue, $"draft '{text}' must be true or false", "write 'draft: true' or remove the line");
        }

        return draft;
    }

    /// <summary>Who may see the page; public when absent.</summary>
    public Visibility Visibility()
    {
        switch (Scalar("visibility")?.ToLowerInvariant())
        {
            case null or "" or "public":
                return Content.Visibility.Public;
            case "internal":
                return Content.Visibility.Internal;
            default:
                Error("visibility", ContentCodes.BadFrontMatterValue, $"visibility '{Scalar("visibility")}' is not known", "write 'visibility: public' or 'visibility: internal'");
                return Content.Visibility.Public;
        }
    }

    /// <summary>The tags, from a list or a comma-separated line.</summary>
    public List<string> Tags()
    {
        var tags = new List<string>();
        switch (values.GetValueOrDefault("tags"))
        {
            case YamlSequenceNode sequence:
                tags.AddRange(sequence.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty).Trim()).Where(s => s.Length > 0));
                break;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                tags.AddRange(scalar.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                break;
            case null or YamlScalarNode:
                break;
            default:
                Error("tags", ContentCodes.BadFrontMatterValue, "tags must be a list", "write tags as [first tag, second tag]");
                break;
        }

        return tags;
    }

    /// <summary>Every other field as text, a list one item a line (such as a narrative's actions).</summary>
    public SortedDictionary<string, string> Extra()
    {
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in values.Where(v => !Typed.Contains(v.Key)))
        {
            if (node is YamlScalarNode s)
            {
                extra[key] = s.Value ?? string.Empty;
            }
            else if (node is YamlSequenceNode list)
            {
                extra[key] = string.Join("\n", list.Children.OfType<YamlScalarNode>().Select(i => (i.Value ?? string.Empty).Trim()).Where(i => i.Length > 0));
            }
        }

        return extra;
    }

    private void Error(string key, string code, string message, string hint)
    {
        diagnostics.Error(new SourceLocation(path, lines.TryGetValue(key, out var line) ? line : 1), code, message, hint);
        Ok = false;
    }
}
