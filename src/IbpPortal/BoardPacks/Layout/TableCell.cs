using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>One table cell: its text and optional emphasis, fill colour and icon.</summary>
/// <param name="Text">The cell's text; wraps within the column.</param>
public sealed record TableCell(string Text)
{
    /// <summary>Gets a value indicating whether the text is bold.</summary>
    public bool Bold { get; init; }

    /// <summary>Gets the background colour, overriding the zebra stripe; none when null.</summary>
    public XColor? Fill { get; init; }

    /// <summary>Gets the text colour; body text colour when null.</summary>
    public XColor? Colour { get; init; }

    /// <summary>Gets an icon drawn before the text; none when null.</summary>
    public IconGlyph? Icon { get; init; }

    /// <summary>Gets styled runs (such as links) drawn instead of <see cref="Text"/>; plain text when null.</summary>
    internal IReadOnlyList<InlineRun>? Runs { get; init; }

    /// <summary>Makes a cell of styled runs and links, e.g. measures linked to their pages; <paramref name="text"/> is its plain reading.</summary>
    public static TableCell Rich(string text, Action<ParagraphBuilder> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var runs = new ParagraphBuilder();
        describe(runs);
        return new TableCell(text) { Runs = runs.Runs };
    }

    /// <summary>Makes a plain cell from its text.</summary>
    public static implicit operator TableCell(string text) => FromString(text);

    /// <summary>Makes a plain cell from its text.</summary>
    public static TableCell FromString(string text) => new(text);
}
