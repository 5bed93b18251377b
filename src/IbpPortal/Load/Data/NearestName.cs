namespace IbpPortal.Load.Data;

/// <summary>"Did you mean …?" hints for data files, on top of <see cref="Suggest"/>.</summary>
internal static class NearestName
{
    /// <summary>The closest candidate by edit distance (ignoring case), or null when none is close enough to be a likely typo.</summary>
    public static string? Find(string typed, IEnumerable<string> candidates) => Suggest.Nearest(typed, candidates);

    /// <summary>A " — did you mean 'x'?" phrase, or empty when nothing is close.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Find(typed, candidates) is { } near ? $" — did you mean '{near}'?" : string.Empty;
}
