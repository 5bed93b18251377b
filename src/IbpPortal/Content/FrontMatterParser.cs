using System.Globalization;
using IbpPortal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Content;

/// <summary>Splits a markdown file into its YAML front matter and body, and types the front matter.</summary>
public static class FrontMatterParser
{
    private static readonly HashSet<string> Known =
    [
        "title", "description", "layout", "tags", "date", "order", "draft", "visibility", "slug",
        // Keys that layouts read; listed so they are not reported as unknown.
        "summary", "sector", "organisation", "location", "step", "author", "image", "image_alt", "period",
        // An exception narrative's fields (input/board-packs/<code>/<period>/<measure>.md).
        "owner", "recovery", "actions", "risks",
    ];

    /// <summary>Parses <paramref name="text"/> of the file at <paramref name="path"/>; returns null (with diagnostics) when it cannot be used.</summary>
    public static (FrontMatter Meta, string Body, int BodyLine, IReadOnlyDictionary<string, int> Lines)? Parse(
        string path, string text, DiagnosticBag diagnostics)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r')))
        {
            diagnostics.Error(new SourceLocation(path, 1), ContentCodes.MissingTitle,
                "the page has no front matter, so no title",
                "start the file with three dashes, a line 'title: Your page title', and three dashes again");
            return null;
        }

        var end = FindClosing(text, out var bodyStart, out var closingLine);
        if (end < 0)
        {
            diagnostics.Error(new SourceLocation(path, 1), ContentCodes.UnclosedFrontMatter,
                "the front matter starts with '---' but has no closing '---' line",
                "add a line with three dashes after the last front-matter field");
            return null;
        }

        var yaml = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..end];
        YamlMappingNode mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            mapping = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m ? m : new YamlMappingNode();
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceLocation(path, (int)ex.Start.Line + 1, (int)ex.Start.Column), ContentCodes.InvalidFrontMatter,
                $"the front matter is not valid YAML ({YamlMessages.Describe(ex)})",
                "check that each field is 'name: value' and quote values that contain a colon");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            values[key] = valueNode;
            lines[key] = (int)keyNode.Start.Line + 1;
            if (!Known.Contains(key))
            {
                var suggestion = Suggest.Nearest(key, Known);
                diagnostics.Warning(new SourceLocation(path, lines[key]), ContentCodes.UnknownFrontMatterKey,
                    $"front matter has an unknown field '{key}'",
                    suggestion is null ? "remove it, or check the authoring guide for the fields a page can have" : $"did you mean '{suggestion}'?");
            }
        }

        string? Scalar(string key) => values.TryGetValue(key, out var node) && node is YamlScalarNode s ? s.Value?.Trim() : null;
        SourceLocation At(string key) => new(path, lines.TryGetValue(key, out var line) ? line : 1);

        var ok = true;
        var title = Scalar("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(At("title"), ContentCodes.MissingTitle, "the page has no title",
                "add a line 'title: Your page title' to the front matter");
            ok = false;
        }

        DateOnly? date = null;
        if (Scalar("date") is { Length: > 0 } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                diagnostics.Error(At("date"), ContentCodes.BadFrontMatterValue, $"date '{dateText}' is not a date in the form YYYY-MM-DD",
                    "write the date as, for example, 2025-03-10");
                ok = false;
            }
        }

        double? order = null;
        if (Scalar("order") is { Length: > 0 } orderText)
        {
            if (double.TryParse(orderText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                order = parsed;
            }
            else
            {
                diagnostics.Error(At("order"), ContentCodes.BadFrontMatterValue, $"order '{orderText}' is not a number",
                    "write a number such as 1, 2 or 3");
                ok = false;
            }
        }

        var draft = false;
        if (Scalar("draft") is { Length: > 0 } draftText)
        {
            if (!bool.TryParse(draftText, out draft))
            {
                diagnostics.Error(At("draft"), ContentCodes.BadFrontMatterValue, $"draft '{draftText}' must be true or false",
                    "write 'draft: true' or remove the line");
                ok = false;
            }
        }

        var visibility = Visibility.Public;
        if (Scalar("visibility") is { Length: > 0 } visibilityText)
        {
            switch (visibilityText.ToLowerInvariant())
            {
                case "public": break;
                case "internal": visibility = Visibility.Internal; break;
                default:
                    diagnostics.Error(At("visibility"), ContentCodes.BadFrontMatterValue, $"visibility '{visibilityText}' is not known",
                        "write 'visibility: public' or 'visibility: internal'");
                    ok = false;
                    break;
            }
        }

        var tags = new List<string>();
        if (values.TryGetValue("tags", out var tagsNode))
        {
            switch (tagsNode)
            {
                case YamlSequenceNode sequence:
                    tags.AddRange(sequence.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty).Trim()).Where(s => s.Length > 0));
                    break;
                case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                    tags.AddRange(scalar.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case YamlScalarNode:
                    break;
                default:
                    diagnostics.Error(At("tags"), ContentCodes.BadFrontMatterValue, "tags must be a list",
                        "write tags as [first tag, second tag]");
                    ok = false;
                    break;
            }
        }

        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in values)
        {
            if (key is "title" or "description" or "layout" or "tags" or "date" or "order" or "draft" or "visibility" or "slug")
            {
                continue;
            }

            if (node is YamlScalarNode s)
            {
                extra[key] = s.Value ?? string.Empty;
            }
            else if (node is YamlSequenceNode list)
            {
                // A list (such as a narrative's actions) is kept one item a line.
                extra[key] = string.Join("\n", list.Children.OfType<YamlScalarNode>().Select(i => (i.Value ?? string.Empty).Trim()).Where(i => i.Length > 0));
            }
        }

        if (!ok)
        {
            return null;
        }

        var meta = new FrontMatter(title!, Scalar("description"), Scalar("layout"), tags, date, order, draft, visibility, Scalar("slug"), extra);
        return (meta, text[bodyStart..], closingLine + 1, lines);
    }

    /// <summary>Finds the closing <c>---</c> line; returns the index where it starts, or -1.</summary>
    private static int FindClosing(string text, out int bodyStart, out int closingLine)
    {
        var line = 1;
        var index = text.IndexOf('\n', StringComparison.Ordinal);
        while (index >= 0 && index + 1 <= text.Length)
        {
            line++;
            var start = index + 1;
            var next = text.IndexOf('\n', start);
            var lineText = (next < 0 ? text[start..] : text[start..next]).TrimEnd('\r');
            if (lineText is "---" or "...")
            {
                bodyStart = next < 0 ? text.Length : next + 1;
                closingLine = line;
                return start;
            }

            index = next;
        }

        bodyStart = 0;
        closingLine = 0;
        return -1;
    }
}
