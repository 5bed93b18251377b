using System.Text.RegularExpressions;
using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>A figure's derivation as a leader reads it: measures by their names, no data-file paths (those stay in the technical details and the JSON).</summary>
internal static partial class PlainDerivation
{
    /// <summary>
    /// <paramref name="derivation"/> of a figure of <paramref name="metric"/> with " in data/….csv" left out and each measure id written as
    /// the measure's name: "Worked out as ae_within_4hr ÷ ae_attendances × 100 for RR8" becomes
    /// "Worked out as A&amp;E attendances within 4 hours ÷ A&amp;E attendances, all types × 100 for RR8".
    /// </summary>
    /// <remarks>
    /// The ratio's parts and the weight are replaced where the derivation names them, whatever their ids look like; any other
    /// id with an underscore is replaced wherever it stands (a plain word is left alone, as it may be English).
    /// </remarks>
    public static string Of(string derivation, Metric metric, IReadOnlyList<Metric> metrics)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(metrics);
        var names = metrics.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        string Name(string id) => names.TryGetValue(id, out var name) ? name : id;
        var text = DataFile().Replace(derivation, string.Empty);
        if (metric.IsRatio)
        {
            var (n, d) = (metric.Numerator!, metric.Denominator!);
            text = text
                .Replace($"as {n} ÷ {d}", $"as {Name(n)} ÷ {Name(d)}", StringComparison.Ordinal)
                .Replace($"the sum of {n} ÷ the sum of {d}", $"the sum of {Name(n)} ÷ the sum of {Name(d)}", StringComparison.Ordinal)
                .Replace($"no {n} or {d} lines", $"no {Name(n)} or {Name(d)} lines", StringComparison.Ordinal);
        }

        if (metric.Weight is { } weight)
        {
            text = text.Replace($"weighted by {weight}", $"weighted by {Name(weight)}", StringComparison.Ordinal);
        }

        return Identifier().Replace(text, m => Name(m.Value));
    }

    [GeneratedRegex(@" in data/[^\s,;()]+\.csv")]
    private static partial Regex DataFile();

    [GeneratedRegex(@"(?<![\w])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w])")]
    private static partial Regex Identifier();
}
