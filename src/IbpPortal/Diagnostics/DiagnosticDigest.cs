using System.Globalization;

namespace IbpPortal.Diagnostics;

/// <summary>
/// The diagnostics to print, at most <see cref="PerCode"/> of each code, and one line for each code's rest, as
/// compilers do: a million unknown codes are twenty lines and a count, not a million lines.
/// </summary>
/// <param name="Shown">The diagnostics to print, in the order given.</param>
/// <param name="Omitted">One line per code with diagnostics left out, such as "… and 999,980 more error IBP2201".</param>
public sealed record DiagnosticDigest(IReadOnlyList<Diagnostic> Shown, IReadOnlyList<string> Omitted)
{
    /// <summary>How many diagnostics of one code (and severity) are printed.</summary>
    public const int PerCode = 20;

    /// <summary>Keeps the first <paramref name="perCode"/> diagnostics of each code and severity and counts the rest.</summary>
    public static DiagnosticDigest Of(IEnumerable<Diagnostic> diagnostics, int perCode = PerCode)
    {
        var shown = new List<Diagnostic>();
        var counts = new Dictionary<(Severity, string), int>();
        foreach (var diagnostic in diagnostics)
        {
            var key = (diagnostic.Severity, diagnostic.Code);
            var count = counts.GetValueOrDefault(key) + 1;
            counts[key] = count;
            if (count <= perCode)
            {
                shown.Add(diagnostic);
            }
        }

        var omitted = counts
            .Where(c => c.Value > perCode)
            .OrderBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture,
                $"… and {c.Value - perCode:N0} more {(c.Key.Item1 == Severity.Error ? "error" : "warning")}{(c.Value - perCode == 1 ? string.Empty : "s")} {c.Key.Item2} (the first {perCode} are shown; fix those first)"))
            .ToList();
        return new DiagnosticDigest(shown, omitted);
    }
}
