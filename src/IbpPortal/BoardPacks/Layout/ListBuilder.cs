namespace IbpPortal.BoardPacks.Layout;

/// <summary>Describes the items of a bulleted or numbered list.</summary>
public sealed class ListBuilder
{
    private readonly List<IReadOnlyList<InlineRun>> _items = [];

    internal IReadOnlyList<IReadOnlyList<InlineRun>> Items => _items;

    /// <summary>Adds an item of plain text.</summary>
    public ListBuilder Item(string text) => Item(p => p.Text(text));

    /// <summary>Adds an item with styled runs or links.</summary>
    public ListBuilder Item(Action<ParagraphBuilder> describe)
    {
        var paragraph = new ParagraphBuilder();
        describe(paragraph);
        _items.Add(paragraph.Runs);
        return this;
    }
}
