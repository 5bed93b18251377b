using IbpPortal.Diagnostics;

namespace IbpPortal.Tests.Data;

internal static class DiagnosticAssert
{
    /// <summary>Asserts exactly one diagnostic with this code, at this file and line, and returns it.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string path, int line)
    {
        var matches = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join("\n", diagnostics)}");
        Assert.Equal(path, matches[0].Location.Path);
        Assert.Equal(line, matches[0].Location.Line);
        return matches[0];
    }

    /// <summary>Asserts there are no diagnostics at all.</summary>
    public static void None(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0, "expected no diagnostics, got:\n" + string.Join("\n", diagnostics));
}
