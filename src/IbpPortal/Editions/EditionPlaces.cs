using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>One metric's ranks and quartiles by organisation and benchmarked month (the months run on without a gap).</summary>
internal sealed class EditionPlaces(IReadOnlyList<Period> periods)
{
    private readonly Dictionary<string, (int? Rank, int? Quartile)[]> byOrg = new(StringComparer.Ordinal);

    /// <summary>Records the place of <paramref name="org"/> in the month at <paramref name="index"/> of the periods.</summary>
    public void Set(string org, int index, (int? Rank, int? Quartile) place)
    {
        if (!byOrg.TryGetValue(org, out var places))
        {
            places = new (int? Rank, int? Quartile)[periods.Count];
            byOrg.Add(org, places);
        }

        places[index] = place;
    }

    /// <summary>The organisation's place in a month: no rank or quartile where it was not benchmarked.</summary>
    public Func<Period, (int? Rank, int? Quartile)> For(string org)
    {
        if (!byOrg.TryGetValue(org, out var places) || periods.Count == 0)
        {
            return _ => default;
        }

        return period => period.MonthsSince(periods[0]) is var i && i >= 0 && i < places.Length && periods[i] == period ? places[i] : default;
    }
}
