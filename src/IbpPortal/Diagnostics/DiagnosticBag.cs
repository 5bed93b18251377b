using System.Collections.Concurrent;

namespace IbpPortal.Diagnostics;

/// <summary>Collects every problem a build finds, from any thread, so that all are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    /// <summary>Adds an error.</summary>
    public void Error(SourceLocation location, string code, string message, string hint) =>
        _items.Add(new Diagnostic(location, Severity.Error, code, message, hint));

    /// <summary>Adds a warning.</summary>
    public void Warning(SourceLocation location, string code, string message, string hint) =>
        _items.Add(new Diagnostic(location, Severity.Warning, code, message, hint));

    /// <summary>Adds an already made diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>How many diagnostics have been reported.</summary>
    public int Count => _items.Count;

    /// <summary>True when at least one error has been reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Every diagnostic in a stable order: by file, line, column, code and message.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
