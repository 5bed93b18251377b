using System.Diagnostics;
using IbpPortal.Markdown;

namespace IbpPortal.Tests.Content;

/// <summary>The pre-scan that stops markdown nested too deeply before Markdig sees it (issue 24).</summary>
public class MarkdownNestingTests
{
    public static TheoryData<string, string, int, NestingKind> TooDeep { get; } = new()
    {
        { "blockquote markers on one line", new string('>', 10_000) + " x", 0, NestingKind.Block },
        { "blockquote with spaces", "Intro\n\n" + string.Concat(Enumerable.Repeat("> ", 33)) + "x", 2, NestingKind.Block },
        { "list markers on one line", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x", 0, NestingKind.Block },
        // Item n is indented 2n spaces: item 33 (line 32) is the 33rd level.
        { "list indented under itself", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- x\n")), 32, NestingKind.Block },
        { "ordered list indented under itself", string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 3 * i) + "1. x\n")), 32, NestingKind.Block },
        { "one run of stars", new string('*', 10_000) + "x" + new string('*', 10_000), 0, NestingKind.Inline },
        { "stars opened word by word", string.Concat(Enumerable.Repeat("*a ", 10_000)) + "b", 0, NestingKind.Inline },
        { "underscores over lines of one paragraph", string.Concat(Enumerable.Repeat("_a _b\n", 40)), 32, NestingKind.Inline },
        { "brackets", new string('[', 100) + "x", 0, NestingKind.Inline },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Nesting_beyond_the_limit_is_found_at_its_line(string name, string markdown, int line, NestingKind kind)
    {
        var problem = MarkdownNesting.Find(markdown);

        Assert.True(problem is not null, name);
        Assert.Equal((line, kind), (problem.Line, problem.Kind));
    }

    [Theory]
    [InlineData("**Bold** and *italic*, ***both***, snake_case_names and a_b_c, 2 * 3 * 4 = 24.")]
    [InlineData("- one\n  - two\n    - three\n- four\n\n1. first\n2. second\n   1. nested")]
    [InlineData("> quote\n> > nested quote\n\nText with [a link](/x/) and [another][ref].")]
    [InlineData("* * *\n\n---\n\n| a | b |\n|---|---|\n| *x* | _y_ |")]
    public void Ordinary_markdown_passes(string markdown) => Assert.Null(MarkdownNesting.Find(markdown));

    [Fact]
    public void Ordinary_nesting_up_to_the_limit_passes()
    {
        var list = string.Concat(Enumerable.Range(0, MarkdownNesting.MaxBlockDepth).Select(i => new string(' ', 2 * i) + "- x\n"));
        var quote = string.Concat(Enumerable.Repeat("> ", MarkdownNesting.MaxBlockDepth)) + "x";
        var stars = new string('*', MarkdownNesting.MaxInlineDepth) + "x" + new string('*', MarkdownNesting.MaxInlineDepth);

        Assert.Null(MarkdownNesting.Find(list));
        Assert.Null(MarkdownNesting.Find(quote));
        Assert.Null(MarkdownNesting.Find(stars));
    }

    [Fact]
    public void Code_is_not_counted()
    {
        var fenced = "```\n" + new string('>', 500) + "\n" + new string('*', 500) + "\n```\n";
        var span = "Use `" + new string('*', 500) + "` literally.";

        Assert.Null(MarkdownNesting.Find(fenced));
        Assert.Null(MarkdownNesting.Find(span));
    }

    [Fact]
    public void Lists_and_quotes_nested_thousands_deep_are_refused_in_well_under_a_second()
    {
        // Markdig took 347 s to reach its own limit on a list nested 10,000 deep (issue 24). An indented list
        // 3,000 deep is already 9 million characters; the one-line forms go to 10,000.
        var indented = string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- x\n"));
        var oneLine = string.Concat(Enumerable.Repeat("- ", 10_000)) + string.Concat(Enumerable.Repeat("> ", 10_000)) + "x";
        var clock = Stopwatch.StartNew();

        Assert.NotNull(MarkdownNesting.Find(indented));
        Assert.NotNull(MarkdownNesting.Find(oneLine));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }
}
