namespace IbpPortal.Tests.Conventions;

/// <summary>No method runs over <see cref="MaxLines"/> lines, except the few named here while they wait to be split.</summary>
public sealed class MethodLengthTests
{
    private const int MaxLines = 80;

    // Today's long methods, "path: Name" with their length when listed; split one and take it off the list.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "src/IbpPortal.Cli/Commands/SpcCommand.cs: Create", // 83
        "src/IbpPortal.Cli/Preview/PreviewServer.cs: HandleAsync", // 89
        "src/IbpPortal/BoardPacks/Sections/DataSourcesAppendix.cs: Compose", // 81
        "src/IbpPortal/Content/ReferenceLoader.cs: Load", // 81
        "src/IbpPortal/Content/Scaffold.cs: Create", // 86
        "src/IbpPortal/Markdown/Shortcodes/ShortcodeSyntax.cs: TryParse", // 95
    };

    [Fact]
    public void No_method_is_longer_than_80_lines_outside_the_allow_list()
    {
        var offences = LongMethods().Where(m => !Allowed.Contains(m.Key)).Select(m => m.Offence).ToList();

        Assert.True(offences.Count == 0, $"Methods over {MaxLines} lines (split them; STYLE.md asks for small methods):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Every_allowance_is_still_needed()
    {
        var keys = LongMethods().Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var stale = Allowed.Where(a => !keys.Contains(a)).ToList();

        Assert.True(stale.Count == 0, "These methods are no longer over the limit; remove them from MethodLengthTests.Allowed:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Spans_run_from_signature_to_closing_brace_and_skip_statements()
    {
        const string code = """
            public sealed class Sample
            {
                /// <summary>Adds.</summary>
                [Pure]
                public static int Add(int a, int b)
                {
                    if (a > b)
                    {
                        return a + b; // "}" in a comment
                    }

                    var text = $"{{ {a} }}";
                    return text.Length;
                }

                private int Twice(int x) => x * 2;

                private static (int A, string B)? Pair(IEnumerable<(int, string)> items)
                {
                    return null;
                }

                public Sample()
                    : this(1)
                {
                    int Local(int y)
                    {
                        return y;
                    }
                }
            }
            """;

        var spans = MethodSpans.Of(SourceFile.Of("src/IbpPortal/Sample.cs", code));

        // Add: its signature on line 5 (the attribute and summary are not counted) to its brace on line 14.
        // Pair (a tuple return type): lines 18-21. Local: lines 26-29 inside the constructor, lines 23-30. Twice is expression-bodied.
        Assert.Equal(
            [new MethodSpan("Add", 5, 14), new MethodSpan("Pair", 18, 21), new MethodSpan("Local", 26, 29), new MethodSpan("Sample", 23, 30)],
            spans);
    }

    private static IEnumerable<(string Key, string Offence)> LongMethods() =>
        SourceFile.Product
            .SelectMany(f => MethodSpans.Of(f).Where(m => m.Length > MaxLines).Select(m => (File: f, Method: m)))
            .Select(x => ($"{x.File.Path}: {x.Method.Name}", $"{x.File.Path}:{x.Method.FirstLine}: {x.Method.Name} is {x.Method.Length} lines"));
}
