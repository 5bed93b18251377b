using System.Text;
using IbpPortal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Load;

/// <summary>Reads a small YAML file that is a list of <c>key: value</c> entries, keeping each entry's and field's line.</summary>
internal static class YamlEntries
{
    /// <summary>The file's entries, or an empty list after reporting (as errors with <paramref name="code"/>) why it could not be read.</summary>
    /// <param name="fields">The field names an entry may have; others are reported.</param>
    public static List<YamlEntry> Read(string fullPath, string displayPath, string code, IReadOnlyList<string> fields, DiagnosticBag diagnostics)
    {
        var entries = new List<YamlEntry>();
        YamlStream stream = [];
        try
        {
            using var reader = new StreamReader(fullPath, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceLocation(displayPath, LineOf(ex.Start)), code, $"this is not valid YAML ({YamlMessages.Describe(ex)})",
                "check the indentation and that every 'key: value' pair has a space after the colon");
            return entries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.File(displayPath), code, "the file could not be read as UTF-8 text", "save it as UTF-8 and check that it can be read");
            return entries;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return entries;
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            diagnostics.Error(new SourceLocation(displayPath, LineOf(stream.Documents[0].RootNode.Start)), code,
                "the file is not a list", $"start each entry with '- {fields[0]}: …' at the left margin");
            return entries;
        }

        foreach (var node in list.Children)
        {
            var location = new SourceLocation(displayPath, LineOf(node.Start));
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(location, code, "this list entry is not a set of 'key: value' lines", $"the fields are: {string.Join(", ", fields)}");
                continue;
            }

            var values = new Dictionary<string, (YamlNode Node, SourceLocation Location)>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var at = new SourceLocation(displayPath, LineOf(keyNode.Start));
                if (!fields.Contains(key, StringComparer.Ordinal))
                {
                    diagnostics.Error(at, code, $"field '{key}' is not known{Load.Data.NearestName.DidYouMean(key, fields)}", $"the fields are: {string.Join(", ", fields)}");
                    continue;
                }

                values[key] = (valueNode, at);
            }

            entries.Add(new YamlEntry(location, values));
        }

        return entries;
    }

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);
}
