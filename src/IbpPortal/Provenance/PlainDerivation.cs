using System.Text.RegularExpressions;
using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>A figure's derivation as a leader reads it: measures by their names, no data-file paths (those stay in the technical details and the JSON).</summary>
internal static partial class PlainDerivation
{
    /// <summary>
    /// <paramref name="derivation"/> with each measure id written as the measure's name and " in data/….csv" left out:
    /// "Worked out as ae_within_4hr ÷ ae_attendances × 100 for RR8" becomes "Worked out as A&amp;E attendances within 4 hours ÷ A&amp;E attendances, all types × 100 for RR8".
    /// </summary>
    public static string Of(string derivation, IEnumerable<Metric> metrics)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        ArgumentNullException.ThrowIfNull(metrics);
        var names = metrics.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var text = DataFile().Replace(derivation, string.Empty);
        return Identifier().Replace(text, m => names.TryGetValue(m.Value, out var name) ? name : m.Value);
    }

    [GeneratedRegex(@" in data/[^\s,;()]+\.csv")]
    private static partial Regex DataFile();

    // Measure ids are lower-case words joined by underscores; a word without an underscore is left alone, as it may be English.
    [GeneratedRegex(@"(?<![\w])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w])")]
    private static partial Regex Identifier();
}
