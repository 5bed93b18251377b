using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Fonts;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IbpPortal.BoardPacks;

/// <summary>The Making Data Count variation and assurance icons drawn with PDFsharp from <see cref="SpcIcons"/>' styles and <see cref="IconGeometry"/>.</summary>
internal static class PackIcons
{
    private static readonly Lazy<XFont> LetterFont = new(() =>
        new XFont(ReportFonts.Family, IconGeometry.LetterSize, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode)));

    /// <summary>The variation icon; <paramref name="altText"/> empty when its words stand beside it.</summary>
    public static IconGlyph Variation(VariationIcon icon, string altText = "") => Glyph(SpcIcons.VariationStyle(icon), altText);

    /// <summary>The assurance icon; <paramref name="altText"/> empty when its words stand beside it.</summary>
    public static IconGlyph Assurance(AssuranceIcon icon, string altText = "") => Glyph(SpcIcons.AssuranceStyle(icon), altText);

    /// <summary>The two icons shown beside an SPC chart, each with its words.</summary>
    public static IReadOnlyList<FigureIcon> BesideChart(VariationIcon variation, AssuranceIcon assurance) =>
    [
        new(Variation(variation), SpcIcons.VariationLabel(variation)),
        new(Assurance(assurance), SpcIcons.AssuranceLabel(assurance)),
    ];

    private static IconGlyph Glyph(IconStyle style, string altText) => new(altText, (gfx, box) => Draw(gfx, box, style));

    private static void Draw(XGraphics gfx, XRect box, IconStyle style)
    {
        var state = gfx.Save();
        gfx.TranslateTransform(box.X, box.Y);
        gfx.ScaleTransform(box.Width / IconGeometry.Size);
        var ring = new XPen(Colour(style.Ring), IconGeometry.RingWidth);
        if (style.DashedRing)
        {
            ring.DashStyle = XDashStyle.Custom;
            ring.DashPattern = [.. IconGeometry.RingDash.Select(d => (double)d / IconGeometry.RingWidth)];
        }

        var r = IconGeometry.Radius;
        gfx.DrawEllipse(ring, new XSolidBrush(Colour(style.Fill)), IconGeometry.Centre - r, IconGeometry.Centre - r, 2 * r, 2 * r);
        var line = new XPen(Colour(style.Ink), IconGeometry.LineWidth) { LineJoin = XLineJoin.Round, LineCap = XLineCap.Round };
        switch (style.Mark)
        {
            case IconMark.Letter when style.Letter is { } letter:
                // The letter is centred on the circle: its baseline sits where the SVG puts it.
                var width = gfx.MeasureString(letter, LetterFont.Value).Width;
                gfx.DrawString(letter, LetterFont.Value, new XSolidBrush(Colour(style.Ink)), IconGeometry.Centre - width / 2, IconGeometry.LetterBaseline);
                break;
            case IconMark.Wave:
                gfx.DrawLines(line, Wave());
                break;
            case IconMark.WaveAndTarget:
                gfx.DrawLines(line, Wave());
                var (x1, x2, y) = IconGeometry.TargetLine;
                gfx.DrawLine(new XPen(Colour(ChartTheme.Target), IconGeometry.LineWidth), x1, y, x2, y);
                break;
            default:
                break;
        }

        gfx.Restore(state);
    }

    private static XPoint[] Wave() => [.. IconGeometry.Wave.Select(p => new XPoint(p.X, p.Y))];

    /// <summary>A colour from "#RRGGBB".</summary>
    public static XColor Colour(string hex) => NhsColours.FromHex(hex);
}
