using IbpPortal.BoardPacks.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>Page geometry, type sizes and fonts of the board-pack style.</summary>
/// <remarks>A4 portrait in points (1/72 inch); margins 20 mm at the sides, more at top and bottom for the running header and footer.</remarks>
internal sealed class Theme
{
    public const double Mm = 72 / 25.4;

    private readonly Dictionary<(double Size, bool Bold, bool Italic), XFont> _fonts = [];

    public Theme() => ReportFonts.EnsureInstalled();

    public XSize PageSize { get; } = new(210 * Mm, 297 * Mm);

    public double MarginLeft { get; } = 20 * Mm;

    public double MarginRight { get; } = 20 * Mm;

    public double MarginTop { get; } = 27 * Mm;

    public double MarginBottom { get; } = 24 * Mm;

    public double HeaderTop { get; } = 11 * Mm;

    public double FooterTop => PageSize.Height - 15 * Mm;

    public double ContentWidth => PageSize.Width - MarginLeft - MarginRight;

    public double ContentHeight => PageSize.Height - MarginTop - MarginBottom;

    public double BodySize { get; } = 10;

    public double SmallSize { get; } = 8.5;

    public double LineFactor { get; } = 1.42;

    private readonly double[] _headingSizes = [19, 14, 11.5];
    private readonly double[] _headingSpaces = [20, 16, 12];

    public double HeadingSize(int level) => _headingSizes[Math.Clamp(level, 1, 3) - 1];

    public double HeadingSpaceBefore(int level) => _headingSpaces[Math.Clamp(level, 1, 3) - 1];

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        if (!_fonts.TryGetValue((size, bold, italic), out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(ReportFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[(size, bold, italic)] = font;
        }
        return font;
    }
}
