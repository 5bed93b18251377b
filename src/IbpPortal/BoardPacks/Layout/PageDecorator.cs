using System.Globalization;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>Draws the running header (short title, organisation and period, marking) and the "Page n of N" footer (with the marking repeated), as artifacts.</summary>
internal sealed class PageDecorator(ReportInfo info)
{
    public void Decorate(DrawContext context)
    {
        var theme = context.Theme;
        double left = theme.MarginLeft;
        double right = theme.PageSize.Width - theme.MarginRight;
        double size = theme.SmallSize;
        double line = size * 1.4;
        var regular = theme.Font(size);
        var bold = theme.Font(size, bold: true);
        context.Artifact(() =>
        {
            double top = theme.HeaderTop;
            if (info.Marking is { Length: > 0 } marking)
            {
                // The marking sits centred above the header line so that it is seen first.
                double width = context.Gfx.MeasureString(marking, bold).Width;
                context.Text(marking, bold, NhsColours.Text, (theme.PageSize.Width - width) / 2, top - line, line);
            }
            context.Text(info.ShortTitle, bold, NhsColours.Blue, left, top, line);
            double rightWidth = context.Gfx.MeasureString(info.HeaderRight, regular).Width;
            context.Text(info.HeaderRight, regular, NhsColours.DarkGrey, right - rightWidth, top, line);
            context.Rule(left, top + line + 3, right, NhsColours.Blue, 0.8);

            double footer = theme.FooterTop;
            context.Rule(left, footer - 4, right, NhsColours.PaleGrey, 0.8);
            string page = string.Create(CultureInfo.InvariantCulture, $"Page {context.PageNumber} of {context.PageCount}");
            double pageWidth = context.Gfx.MeasureString(page, regular).Width;
            context.Text(page, regular, NhsColours.DarkGrey, right - pageWidth, footer, line);
            if (info.Marking is { Length: > 0 } footerMarking)
            {
                // Protective markings are repeated at the foot so a printed page shows one wherever it is cut.
                double width = context.Gfx.MeasureString(footerMarking, bold).Width;
                context.Text(footerMarking, bold, NhsColours.Text, (theme.PageSize.Width - width) / 2, footer, line);
            }
        });
    }
}
