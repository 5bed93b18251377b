namespace IbpPortal.Render;

/// <summary>What one render unit made: its files (an organisation's board pack) and pages (its page), and how many charts it laid out once for both.</summary>
/// <param name="Group">The unit's group (such as an organisation's), or the file's own path for a file rendered alone.</param>
/// <param name="Files">The files written, with their sizes and page counts.</param>
/// <param name="Pages">The routes of the pages written.</param>
/// <param name="ChartsLaidOut">Charts laid out once and drawn into both the page and the pack.</param>
/// <remarks>A plain record of values, so a unit rendered elsewhere (another shard) can report back the same way.</remarks>
public sealed record UnitResult(string Group, IReadOnlyList<RenderedFile> Files, IReadOnlyList<string> Pages, int ChartsLaidOut);
