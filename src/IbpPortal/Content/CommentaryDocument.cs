namespace IbpPortal.Content;

/// <summary>Board-pack commentary from <c>input/board-packs/&lt;code&gt;/&lt;period&gt;.md</c> (or <c>&lt;period&gt;-*.md</c> for extra parts),
/// or an exception narrative from <c>input/board-packs/&lt;code&gt;/&lt;period&gt;/&lt;measure&gt;.md</c>.</summary>
/// <param name="OrgCode">The organisation the commentary is for.</param>
/// <param name="Period">The period's text, <c>YYYY-MM</c>.</param>
/// <param name="Measure">For an exception narrative, the metric id it is about; null for commentary.</param>
public sealed record CommentaryDocument(string OrgCode, string Period, ContentPage Page, string? Measure = null)
{
    /// <summary>True for an exception narrative (one measure's owner, recovery, actions and risks).</summary>
    public bool IsNarrative => Measure is not null;
}
