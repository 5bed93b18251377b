using IbpPortal.Diagnostics;

namespace IbpPortal.Build;

/// <summary>The outcome of a build: whether it published, every diagnostic, and what it produced.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, BuildCounts Counts, TimeSpan Elapsed)
{
    /// <summary>Links to other sites found in the content (by source file), for <c>ibp check --external</c>.</summary>
    public IReadOnlyList<(string Source, string Url)> ExternalLinks { get; init; } = [];

    /// <summary>Names the layouts used that their pages did not have (<see cref="Theme.TemplateEngine.UndefinedNames"/>), for the tests that
    /// hold layouts and view models together.</summary>
    public IReadOnlyList<string> UndefinedNames { get; init; } = [];

    /// <summary>The output paths of the pages and files rendered afresh, the others having been reused from the last output or the cache (theme assets not included).</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];

    /// <summary>True when nothing had changed since the last build, so nothing was done.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
