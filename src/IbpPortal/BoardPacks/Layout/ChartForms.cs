using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Opens each chart PDF once per report and hands out its form, on which a figure selects its page.
/// </summary>
/// <remarks>
/// A pack's charts should come as one multi-page Skia PDF: one form per document shares the embedded
/// fonts, where one document per chart embeds the whole font file each time.
/// </remarks>
internal sealed class ChartForms : IDisposable
{
    private readonly Dictionary<byte[], XPdfForm> _forms = new(ReferenceEqualityComparer.Instance);
    private readonly List<MemoryStream> _streams = [];

    public XPdfForm Page(byte[] pdf, int pageNumber)
    {
        if (!_forms.TryGetValue(pdf, out var form))
        {
            var stream = new MemoryStream(pdf, writable: false);
            _streams.Add(stream);
            form = XPdfForm.FromStream(stream);
            _forms[pdf] = form;
        }
        if (pageNumber < 1 || pageNumber > form.PageCount)
        {
            throw new ArgumentOutOfRangeException(nameof(pageNumber), pageNumber,
                $"The chart PDF has {form.PageCount} pages; page numbers start at 1.");
        }

        form.PageNumber = pageNumber;
        return form;
    }

    public void Dispose()
    {
        foreach (var form in _forms.Values)
        {
            form.Dispose();
        }

        foreach (var stream in _streams)
        {
            stream.Dispose();
        }

        _forms.Clear();
        _streams.Clear();
    }
}
