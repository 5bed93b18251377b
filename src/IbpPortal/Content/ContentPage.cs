using IbpPortal.Diagnostics;

namespace IbpPortal.Content;

/// <summary>A markdown file from <c>input/</c> with its front matter and body.</summary>
/// <param name="SourcePath">Path relative to the portal root, such as <c>input/case-studies/toronto.md</c>.</param>
/// <param name="Route">Site route such as <c>/case-studies/toronto/</c> (without the base path).</param>
/// <param name="Section">The first folder under <c>input/</c> (<c>case-studies</c>), or empty for top-level pages.</param>
/// <param name="Body">Markdown after the front matter.</param>
/// <param name="BodyLine">The source line on which <paramref name="Body"/> starts, so body positions map back to the file.</param>
/// <param name="FrontMatterLines">Line of each front-matter key, for messages about a field.</param>
public sealed record ContentPage(
    string SourcePath,
    string Route,
    string Section,
    FrontMatter Meta,
    string Body,
    int BodyLine,
    IReadOnlyDictionary<string, int> FrontMatterLines)
{
    /// <summary>The location of a front-matter key, or of the file's first line when the key is absent.</summary>
    public SourceLocation KeyLocation(string key) =>
        new(SourcePath, FrontMatterLines.TryGetValue(key, out var line) ? line : 1);

    /// <summary>The location of a line of the body (zero-based within the body).</summary>
    public SourceLocation BodyLocation(int bodyLine, int? column = null) => new(SourcePath, BodyLine + bodyLine, column);
}
