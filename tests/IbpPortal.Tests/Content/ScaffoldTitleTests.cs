using IbpPortal.Content;
using IbpPortal.Diagnostics;

namespace IbpPortal.Tests.Content;

/// <summary><c>ibp new</c> with titles that would break hand-written YAML (issue 24: a newline wrote invalid front matter).</summary>
public sealed class ScaffoldTitleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ibp-new-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Step 1: where are we?", "Step 1: where are we?")]
    [InlineData("Winter \"surge\" plan", "Winter \"surge\" plan")]
    [InlineData("Plan #2 \\ revised", "Plan #2 \\ revised")]
    [InlineData("'Single' and: colon", "'Single' and: colon")]
    [InlineData("Two\nlines", "Two lines")]
    [InlineData("Front\n---\nmatter break", "Front --- matter break")]
    [InlineData("Tab\there\r\nand\u2028there", "Tab here and there")]
    [InlineData("- [list, like] {flow: map} & *alias !tag %", "- [list, like] {flow: map} & *alias !tag %")]
    [InlineData("bell\u0007 rings", "bell\u0007 rings")]
    public void The_title_parses_back_as_written_on_one_line(string title, string expected)
    {
        foreach (var kind in Scaffold.Kinds)
        {
            var path = Scaffold.Create(_root, kind, title, new DateOnly(2026, 12, 2));
            var diagnostics = new DiagnosticBag();

            var parsed = FrontMatterParser.Parse(path, File.ReadAllText(Path.Combine(_root, path)), diagnostics);

            Assert.True(parsed is not null && !diagnostics.HasErrors, $"{kind}: {string.Join("\n", diagnostics.Sorted())}");
            Assert.Equal(expected, parsed.Value.Meta.Title);
            Assert.True(parsed.Value.Meta.Draft);
        }
    }

    [Theory]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("\u0001\u2028", "\"\\u0001\\u2028\"")]
    public void Yaml_double_quoted_scalars_escape_quotes_backslashes_and_control_characters(string text, string yaml) =>
        Assert.Equal(yaml, YamlText.DoubleQuoted(text));
}
