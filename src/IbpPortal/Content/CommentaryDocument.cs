namespace IbpPortal.Content;

/// <summary>Board-pack commentary from <c>input/board-packs/&lt;code&gt;/&lt;period&gt;.md</c> (or <c>&lt;period&gt;-*.md</c> for extra parts).</summary>
/// <param name="OrgCode">The organisation the commentary is for.</param>
/// <param name="Period">The period's text, <c>YYYY-MM</c>.</param>
public sealed record CommentaryDocument(string OrgCode, string Period, ContentPage Page);
