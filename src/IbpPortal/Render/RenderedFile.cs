namespace IbpPortal.Render;

/// <summary>What rendering one planned file made, as listings need it: its path, size and, for a paged document, its page count.</summary>
/// <param name="OutputPath">Path relative to the output folder.</param>
/// <param name="Bytes">The file's size in bytes.</param>
/// <param name="Pages">The page count of a paged document (a board pack); null for other files.</param>
public sealed record RenderedFile(string OutputPath, long Bytes, int? Pages);
