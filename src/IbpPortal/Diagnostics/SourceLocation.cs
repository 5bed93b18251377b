namespace IbpPortal.Diagnostics;

/// <summary>Where a record, value or line of content came from, so that every message can name it.</summary>
/// <param name="Path">The file's path relative to the portal's root, with forward slashes.</param>
/// <param name="Line">One-based line number; 0 when the problem concerns the file as a whole.</param>
/// <param name="Column">One-based column, when known.</param>
public readonly record struct SourceLocation(string Path, int Line, int? Column = null)
{
    /// <summary>A location for a whole file rather than one line of it.</summary>
    public static SourceLocation File(string path) => new(path, 0);

    /// <summary>
    /// <c>path:line:column</c>, <c>path:line</c>, or only <c>path</c> for a whole file: a message never says
    /// line 0, which editors and CI annotations would take for a real line.
    /// </summary>
    public override string ToString() => Line <= 0
        ? Path
        : Column is { } column ? $"{Path}:{Line}:{column}" : $"{Path}:{Line}";
}
