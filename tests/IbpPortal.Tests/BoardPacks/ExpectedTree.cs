namespace IbpPortal.Tests.BoardPacks;

/// <summary>
/// A structure tree as a test declares it, one element a line, two spaces a level, in the style of QuestPDF's
/// conformance tests (<c>Table &gt; TR &gt; TH[Scope=Row]</c>): labels as <see cref="StructureNode.Label"/> writes them,
/// <c>...</c> for any further siblings, and <c>Type "text"</c> to require an element's own text.
/// </summary>
internal sealed record ExpectedTree(string Label, string? Text, IReadOnlyList<ExpectedTree> Children)
{
    private const string Rest = "...";

    /// <summary>Parses the declared outline; its first line is the root.</summary>
    public static ExpectedTree Parse(string outline)
    {
        var lines = outline.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        var indent = lines.Min(l => l.Length - l.TrimStart().Length);
        var index = 0;
        return Parse(lines, ref index, indent);
    }

    /// <summary>Compares <paramref name="actual"/> node by node; each difference as "path: expected …, found …".</summary>
    public IReadOnlyList<string> Differences(StructureNode actual, string path = "")
    {
        var here = path.Length == 0 ? actual.Label : $"{path} > {actual.Label}";
        var differences = new List<string>();
        if (actual.Label != Label)
        {
            return [$"{(path.Length == 0 ? "root" : path)}: expected {Label}, found {actual.Label}"];
        }

        if (Text is not null && actual.Text.Trim() != Text)
        {
            differences.Add($"{here}: expected the text \"{Text}\", found \"{actual.Text.Trim()}\"");
        }

        var open = Children.Count > 0 && Children[^1].Label == Rest;
        var expected = open ? Children.Take(Children.Count - 1).ToList() : [.. Children];
        for (var i = 0; i < expected.Count; i++)
        {
            if (i >= actual.Children.Count)
            {
                differences.Add($"{here}: expected a child {expected[i].Label} at {i + 1}, found none");
                break;
            }

            differences.AddRange(expected[i].Differences(actual.Children[i], $"{here} [{i + 1}]"));
        }

        if (!open && actual.Children.Count > expected.Count)
        {
            differences.Add($"{here}: expected {expected.Count} children, found {actual.Children.Count} (the next is {actual.Children[expected.Count].Label})");
        }

        return differences;
    }

    private static ExpectedTree Parse(List<string> lines, ref int index, int indent)
    {
        var line = lines[index].Trim();
        index++;
        var quote = line.IndexOf('"', StringComparison.Ordinal);
        var label = quote < 0 ? line : line[..quote].Trim();
        var text = quote < 0 ? null : line[(quote + 1)..].TrimEnd('"');
        var children = new List<ExpectedTree>();
        while (index < lines.Count && lines[index].Length - lines[index].TrimStart().Length == indent + 2)
        {
            children.Add(Parse(lines, ref index, indent + 2));
        }

        return new ExpectedTree(label, text, children);
    }
}
