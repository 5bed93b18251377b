using IbpPortal.Content;
using IbpPortal.Tests.Harness;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Tests.Content;

/// <summary>The plain front matter read without YamlDotNet gives exactly what YamlDotNet gives, or is left to YamlDotNet.</summary>
public sealed class SimpleFrontMatterTests
{
    [Theory]
    [InlineData("title: \"Diagnostics and winter 3\"\ndate: 2024-01-04\ntags: [finance, urgent care]\n", true)]
    [InlineData("title: Children's services, north & south (2025)\ndraft: true\norder: 1.5\n", true)]
    [InlineData("title: \"Plan: #2 – 'revised'\"\nimage_alt: Ward à côté\n", true)]
    [InlineData("title: \" spaced \"\n", true)]
    [InlineData("title: a: b\n", false)]
    [InlineData("title: a #comment\n", false)]
    [InlineData("title: \"a\\\"b\"\n", false)]
    [InlineData("title: \"a\" \n", false)]
    [InlineData("title: x\r\n", false)]
    [InlineData("title: x\n\ndate: 2024-01-04\n", false)]
    [InlineData("# comment\ntitle: x\n", false)]
    [InlineData("tags:\n  - a\n  - b\n", false)]
    [InlineData("tags: []\n", false)]
    [InlineData("tags: [a, b,]\n", false)]
    [InlineData("tags: [a, 'b']\n", false)]
    [InlineData("title: &anchor x\n", false)]
    [InlineData("title: x\ntitle: y\n", false)]
    [InlineData("Title: x\n", false)]
    [InlineData("title: |\n  x\n", false)]
    [InlineData("title: x\u2028y\n", false)]
    [InlineData("", false)]
    public void Reads_the_plain_shape_as_YamlDotNet_does_and_leaves_the_rest(string yaml, bool plain)
    {
        var fast = SimpleFrontMatter.TryRead(yaml);

        Assert.Equal(plain, fast is not null);
        if (fast is not null)
        {
            Assert.Equal(Describe(ByYamlDotNet(yaml)), Describe(fast));
        }
    }

    [Fact]
    public void Every_page_of_the_sample_and_the_templates_reads_the_same_either_way()
    {
        var files = new[] { "input", "templates" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.md", SearchOption.AllDirectories));
        var plain = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (FrontMatterOf(text) is not { } yaml || SimpleFrontMatter.TryRead(yaml) is not { } fast)
            {
                continue;
            }

            plain++;
            Assert.Equal(Describe(ByYamlDotNet(yaml)), Describe(fast));
        }

        Assert.True(plain > 20, $"only {plain} pages had plain front matter");
    }

    private static List<(string Key, YamlNode Value, int Line)> ByYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var mapping = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. mapping.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value, (int)c.Key.Start.Line))];
    }

    private static string? FrontMatterOf(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? null : text[4..(end + 1)];
    }

    private static string Describe(List<(string Key, YamlNode Value, int Line)> fields) =>
        string.Join("\n", fields.Select(f => $"{f.Line} {f.Key} = {Describe(f.Value)}"));

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => "scalar <" + scalar.Value + ">",
        YamlSequenceNode list => "list [" + string.Join("|", list.Children.Select(Describe)) + "]",
        _ => node.NodeType.ToString(),
    };
}
