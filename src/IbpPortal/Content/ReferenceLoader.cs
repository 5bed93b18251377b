using System.Globalization;
using System.Text.Json;
using IbpPortal.Diagnostics;

namespace IbpPortal.Content;

/// <summary>Reads the bibliography from <c>input/references.json</c> (CSL-JSON).</summary>
public static class ReferenceLoader
{
    /// <summary>The bibliography's path relative to the portal root.</summary>
    public const string FilePath = "input/references.json";

    /// <summary>Loads every reference, keyed by id; a missing file gives an empty bibliography.</summary>
    public static IReadOnlyDictionary<string, Reference> Load(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FilePath);
        var result = new SortedDictionary<string, Reference>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        JsonDocument document;
        var bytes = File.ReadAllBytes(path);
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            diagnostics.Error(new SourceLocation(FilePath, (int)(ex.LineNumber ?? 0) + 1), ContentCodes.BadReferences,
                $"the references file is not valid JSON ({ex.Message.Split('.')[0]})",
                "export the library again from Zotero or Mendeley as CSL-JSON, or fix the JSON on that line");
            return result;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Error(new SourceLocation(FilePath, 1), ContentCodes.BadReferences,
                    "the references file must be a JSON array of CSL items", "export it as CSL-JSON");
                return result;
            }

            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                var id = Text(item, "id");
                var title = Text(item, "title");
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(title))
                {
                    diagnostics.Error(new SourceLocation(FilePath, 1), ContentCodes.BadReferences,
                        string.Create(CultureInfo.InvariantCulture, $"reference number {index} has no id or no title"),
                        "give every reference an \"id\" (the citation key) and a \"title\"");
                    continue;
                }

                var authors = new List<(string, string)>();
                if (item.TryGetProperty("author", out var authorList) && authorList.ValueKind == JsonValueKind.Array)
                {
                    foreach (var author in authorList.EnumerateArray())
                    {
                        authors.Add((Text(author, "family") ?? Text(author, "literal") ?? string.Empty, Text(author, "given") ?? string.Empty));
                    }
                }

                int? year = null;
                if (item.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var parts) &&
                    parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0 && parts[0].ValueKind == JsonValueKind.Array &&
                    parts[0].GetArrayLength() > 0)
                {
                    var first = parts[0][0];
                    year = first.ValueKind == JsonValueKind.Number ? first.GetInt32() :
                        int.TryParse(first.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
                }

                var url = Text(item, "URL");
                if (url is not null && !Safety.LinkPolicy.IsWebAddress(url))
                {
                    diagnostics.Error(new SourceLocation(FilePath, LineOf(bytes, url)), ContentCodes.BadReferences,
                        $"the URL of reference '{id}' is not an http or https address", "give the full address, starting https://, or remove the URL");
                    continue;
                }

                result[id] = new Reference(id, Text(item, "type") ?? "article-journal", title, authors, year,
                    Text(item, "container-title"), Text(item, "volume"), Text(item, "issue"), Text(item, "page"),
                    Text(item, "publisher"), url);
            }
        }

        return result;
    }

    /// <summary>The line of the file on which <paramref name="value"/> first appears (JSON has no positions once parsed).</summary>
    private static int LineOf(byte[] bytes, string value)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf(JsonSerializer.Serialize(value, ReferenceJsonContext.Default.String)[1..^1], StringComparison.Ordinal);
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
