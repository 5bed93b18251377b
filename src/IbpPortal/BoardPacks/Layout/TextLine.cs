namespace IbpPortal.BoardPacks.Layout;

/// <summary>One laid-out line of a paragraph.</summary>
internal sealed record TextLine(IReadOnlyList<LineSpan> Spans, double Width);
