using IbpPortal.Analyse;
using IbpPortal.Content;
using IbpPortal.Model;
using IbpPortal.Render;

namespace IbpPortal.BoardPacks;

/// <summary>Writes one organisation's board pack for the reporting period as PDF bytes.</summary>
public interface IBoardPackWriter
{
    /// <summary>The pack's PDF; <paramref name="commentary"/> holds the organisation's commentary files for the period (executive summary first).</summary>
    BoardPackOutput Write(Organisation organisation, DataAnalysis analysis, IReadOnlyList<CommentaryDocument> commentary, RenderContext context);
}
