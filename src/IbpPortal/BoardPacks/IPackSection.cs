using IbpPortal.BoardPacks.Layout;

namespace IbpPortal.BoardPacks;

/// <summary>One part of a board pack that describes itself onto the report, such as the cover or the scorecard.</summary>
internal interface IPackSection
{
    /// <summary>Adds the section's headings, text, tables and charts to <paramref name="report"/>; adds nothing when it has nothing to say.</summary>
    void Compose(PdfReport report, PackContext pack);
}
