using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>A small vector icon drawn by the caller into a square box, e.g. a Making Data Count SPC icon.</summary>
/// <param name="AltText">What the icon means, read by screen readers; empty when the text beside it already says it (the icon is then an artifact).</param>
/// <param name="Draw">Draws the icon inside the given box (points, top-left origin); it must draw only inside the box.</param>
public sealed record IconGlyph(string AltText, Action<XGraphics, XRect> Draw);
