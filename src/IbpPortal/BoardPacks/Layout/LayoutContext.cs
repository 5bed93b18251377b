using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>What blocks measure with, and what the paginator learns about where blocks landed.</summary>
internal sealed class LayoutContext(Theme theme, XGraphics measure, ChartForms charts)
{
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private readonly Dictionary<IBlock, int> _firstPages = [];

    public Theme Theme { get; } = theme;

    public ChartForms Charts { get; } = charts;

    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }
        return width;
    }

    public void SetFirstPage(IBlock block, int pageNumber) => _firstPages.TryAdd(block, pageNumber);

    public int FirstPage(IBlock block) =>
        _firstPages.TryGetValue(block, out var page) ? page : throw new InvalidOperationException("The block was not laid out.");
}
