namespace IbpPortal.BoardPacks.Layout;

/// <summary>Describes a paragraph as a sequence of styled runs; words wrap across runs.</summary>
/// <remarks>Spaces belong to the runs: write <c>p.Text("Rate is ").Bold("high")</c>.</remarks>
public sealed class ParagraphBuilder
{
    private readonly List<InlineRun> _runs = [];

    internal IReadOnlyList<InlineRun> Runs => _runs;

    /// <summary>Adds plain text.</summary>
    public ParagraphBuilder Text(string text) => Add(new InlineRun(text));

    /// <summary>Adds bold text.</summary>
    public ParagraphBuilder Bold(string text) => Add(new InlineRun(text, Bold: true));

    /// <summary>Adds italic text.</summary>
    public ParagraphBuilder Italic(string text) => Add(new InlineRun(text, Italic: true));

    /// <summary>Adds text that links to a web address (a URI link annotation, tagged as Link).</summary>
    public ParagraphBuilder Link(string text, Uri target) => Add(new InlineRun(text, Link: target));

    /// <summary>Adds text that links to the page of the heading with the given anchor.</summary>
    public ParagraphBuilder LinkTo(string text, string anchor) => Add(new InlineRun(text, Anchor: anchor));

    private ParagraphBuilder Add(InlineRun run)
    {
        if (run.Text.Length > 0)
        {
            _runs.Add(run);
        }

        return this;
    }
}
