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
        if (Read(path, yaml, diagnostics) is not { } read)
        {
            return null;
        }

        var values = Values(path, read, lines, diagnostics);
        var fields = new FrontMatterFields(path, values, lines, diagnostics);
        // In the order a reader meets them, so that the messages come in that order too.
        var title = fields.Title();
        var date = fields.Date();
        var order = fields.Order();
        var draft = fields.Draft();
        var visibility = fields.Visibility();
        var tags = fields.Tags();
        if (!fields.Ok)
        {
            return null;
        }

        var meta = new FrontMatter(title!, fields.Scalar("description"), fields.Scalar("layout"), tags, date, order, draft, visibility, fields.Scalar("slug"), fields.Extra());
        return (meta, text[bodyStart..], closingLine + 1, lines);
    }

    /// <summary>Every field with the line of its key (counted from 1 within <paramref name="yaml"/>): plain front matter
    /// directly, anything else through YamlDotNet; null when the YAML is not valid.</summary>
    internal static List<(string Key, YamlNode Value, int Line)>? Read(string path, string yaml, DiagnosticBag diagnostics) =>
        SimpleFrontMatter.TryRead(yaml) ??
        (LoadYaml(path, yaml, diagnostics) is { } mapping
            ? [.. mapping.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? string.Empty, c.Value, (int)c.Key.Start.Line))]
            : null);

    private static YamlMappingNode? LoadYaml(string path, string yaml, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m ? m : new YamlMappingNode();
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceLocation(path, (int)ex.Start.Line + 1, (int)ex.Start.Column), ContentCodes.InvalidFrontMatter,
                $"the front matter is not valid YAML ({YamlMessages.Describe(ex)})",
                "check that each field is 'name: value' and quote values that contain a colon");
            return null;
        }
    }

    // Each field by name, with its line; an unknown name is a warning with the nearest known one.
    private static Dictionary<string, YamlNode> Values(string path, List<(string Key, YamlNode Value, int Line)> read, Dictionary<string, int> lines, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, valueNode, line) in read)
        {
            values[key] = valueNode;
            lines[key] = line + 1;
            if (!Known.Contains(key))
            {
                var suggestion = Suggest.Nearest(key, Known);
                diagnostics.Warning(new SourceLocation(path, lines[key]), ContentCodes.UnknownFrontMatterKey,
                    $"front matter has an unknown field '{key}'",
                    suggestion is null ? "remove it, or check the authoring guide for the fields a page can have" : $"did you mean '{suggestion}'?");
            }
        }

        return values;
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
