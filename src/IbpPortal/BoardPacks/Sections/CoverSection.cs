using System.Globalization;
using IbpPortal.BoardPacks.Layout;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The cover (organisation, period, date of issue, edition) and the contents page.</summary>
internal sealed class CoverSection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var org = pack.Org;
        var kind = pack.IsIcb
            ? $"Integrated care board: system pack covering {pack.Analysis.TrustsOf(org.Code).Count} trusts"
            : "NHS trust";
        report.Space(90)
            .Title("Integrated Performance Report", $"{org.Name} ({org.Code})")
            .Paragraph(p => p.Bold("Reporting period: ").Text(pack.Period.ToLongDisplay()))
            .Paragraph(p => p.Bold("Date of issue: ").Text(pack.Issued.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)))
            .Paragraph(p => p.Bold("Organisation: ").Text(kind))
            .Paragraph(p => p.Bold("Published by: ").Text(pack.Render.Settings.Publisher))
            .Paragraph(p => p.Bold("Edition: ").Text(pack.Internal
                ? "INTERNAL — PART II. For the board's private session: includes confidential commentary. Do not circulate."
                : "PUBLIC. For the board's meeting in public; confidential (Part II) papers are not included."))
            .Space(24)
            .Note("Figures come from the portal's plan data and are analysed with statistical process control (SPC) using the NHS Making Data Count method. "
                + "Measures marked \"illustrative\" use synthetic figures for demonstration, not the organisation's actual position.")
            .PageBreak()
            .Contents()
            .PageBreak();
    }
}
