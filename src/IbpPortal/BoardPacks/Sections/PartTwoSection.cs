using IbpPortal.BoardPacks.Layout;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The internal edition's confidential commentary (Part II), one part after another; absent from a public pack.</summary>
internal sealed class PartTwoSection : IPackSection
{
    /// <summary>The section's heading, also named by the data sources appendix.</summary>
    public const string Title = "Part II: confidential commentary";

    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        if (!pack.Internal || pack.Parts.Count == 0)
        {
            return;
        }

        report.Heading(1, Title, "part2")
            .Note("INTERNAL — PART II. For the board's private session only; not part of the public edition.");
        foreach (var part in pack.Parts)
        {
            report.Heading(2, part.Page.Meta.Title);
            CommentaryMarkdown.Compose(report, part.Page.Body);
        }

        report.PageBreak();
    }
}
