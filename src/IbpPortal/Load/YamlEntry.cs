using IbpPortal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Load;

/// <summary>One entry of a YAML list file: its line and its fields with theirs.</summary>
internal sealed record YamlEntry(SourceLocation Location, IReadOnlyDictionary<string, (YamlNode Node, SourceLocation Location)> Fields)
{
    /// <summary>A field's text, or null when it is absent or not a single value.</summary>
    public string? Text(string field) =>
        Fields.TryGetValue(field, out var f) && f.Node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    /// <summary>A field's values: a list's items, or a single value as a one-item list; null when absent.</summary>
    public IReadOnlyList<string>? List(string field) => Fields.TryGetValue(field, out var f)
        ? f.Node switch
        {
            YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
            YamlScalarNode { Value: { Length: > 0 } one } => [one],
            _ => [],
        }
        : null;

    /// <summary>Where a field is written, or the entry's line when it is absent.</summary>
    public SourceLocation At(string field) => Fields.TryGetValue(field, out var f) ? f.Location : Location;
}
