namespace IbpPortal.Load.Data;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean …?" hints.</summary>
internal static class NearestName
{
    /// <summary>The closest candidate by edit distance (ignoring case), or null when none is close enough to be a likely typo.</summary>
    /// <remarks>Close enough means at most one edit per three characters, and at least one edit allowed; ties go to the first in ordinal order.</remarks>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, typed.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed, candidate);
            if (distance <= limit &&
                (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A " — did you mean 'x'?" phrase, or empty when nothing is close.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Find(typed, candidates) is { } near ? $" — did you mean '{near}'?" : string.Empty;

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = char.ToUpperInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
