using IbpPortal.Diagnostics;

namespace IbpPortal.Validate.Data;

/// <summary>Collects the unknown codes of one file so that each is reported once, at its first row, with how many rows name it.</summary>
internal sealed class UnknownCodeTally
{
    private readonly Dictionary<string, (SourceLocation First, int Count)> _codes = new(StringComparer.Ordinal);

    /// <summary>Notes one row naming <paramref name="code"/>.</summary>
    public void Add(string code, SourceLocation location) =>
        _codes[code] = _codes.TryGetValue(code, out var seen) ? (seen.First, seen.Count + 1) : (location, 1);

    /// <summary>Reports each code through <paramref name="report"/>: location, code and the number of further rows.</summary>
    public void Report(Action<SourceLocation, string, int> report)
    {
        foreach (var (code, (first, count)) in _codes)
        {
            report(first, code, count - 1);
        }
    }
}
