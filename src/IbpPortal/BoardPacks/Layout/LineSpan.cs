namespace IbpPortal.BoardPacks.Layout;

/// <summary>Consecutive words of one run on one line, at an offset from the line's start.</summary>
internal sealed record LineSpan(InlineRun Run, string Text, double X, double Width);
