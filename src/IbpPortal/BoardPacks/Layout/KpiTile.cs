using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>One key-figure tile: a label, a big value and a small note, with an optional status colour and icon.</summary>
/// <param name="Label">What the figure is, e.g. "A&amp;E 4-hour performance".</param>
/// <param name="Value">The figure as displayed, e.g. "74.2%".</param>
public sealed record KpiTile(string Label, string Value)
{
    /// <summary>Gets the small note under the value, e.g. "Plan 76.0% · May 2025"; none when null.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the status colour of the tile's left bar; NHS blue when null.</summary>
    public XColor? Status { get; init; }

    /// <summary>Gets an icon drawn at the tile's top right; none when null.</summary>
    public IconGlyph? Icon { get; init; }
}
