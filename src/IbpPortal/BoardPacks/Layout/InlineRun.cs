namespace IbpPortal.BoardPacks.Layout;

/// <summary>A run of text with one style, optionally a link to a web address or to a heading's anchor.</summary>
internal sealed record InlineRun(string Text, bool Bold = false, bool Italic = false, Uri? Link = null, string? Anchor = null)
{
    public bool IsLink => Link is not null || Anchor is not null;
}
