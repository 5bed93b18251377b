using System.Text;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Conventions;

/// <summary>One C# file of the product, read for convention tests: its lines as written, and its code with comments and literals blanked.</summary>
/// <param name="Path">The path from the repository root, with forward slashes (src/IbpPortal/Load/PortalLoader.cs).</param>
/// <param name="Lines">The lines as written.</param>
/// <param name="Code">The same lines with every comment, string and character literal replaced by spaces, so that a scan sees only code.</param>
internal sealed record SourceFile(string Path, IReadOnlyList<string> Lines, IReadOnlyList<string> Code)
{
    /// <summary>Every .cs file under src/, build output excluded, in path order.</summary>
    public static IReadOnlyList<SourceFile> Product { get; } = [.. Read()];

    /// <summary>The file's path under <c>src/&lt;project&gt;/</c>, such as <c>Load/PortalLoader.cs</c>.</summary>
    public string InProject => string.Join('/', Path.Split('/').Skip(2));

    /// <summary>The project folder, such as <c>IbpPortal</c> or <c>IbpPortal.Cli</c>.</summary>
    public string Project => Path.Split('/')[1];

    /// <summary>"path:line: text" for an offence on a one-based line.</summary>
    public string Offence(int line) => $"{Path}:{line}: {Lines[line - 1].Trim()}";

    /// <summary>Reads a file and blanks its comments and literals.</summary>
    public static SourceFile Of(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return new SourceFile(path, lines, CodeBlanker.Blank(string.Join('\n', lines)).Split('\n'));
    }

    private static IEnumerable<SourceFile> Read()
    {
        var src = System.IO.Path.Combine(RepoPaths.Root, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(p => Of(p, File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, p), Encoding.UTF8)));
    }
}
