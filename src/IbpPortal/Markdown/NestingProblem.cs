namespace IbpPortal.Markdown;

/// <summary>Where markdown nests too deeply.</summary>
/// <param name="Line">Zero-based line of the text scanned.</param>
/// <param name="Depth">How deep the nesting had gone on that line.</param>
/// <param name="Kind">Blockquotes and lists, or emphasis and brackets.</param>
public sealed record NestingProblem(int Line, int Depth, NestingKind Kind);
