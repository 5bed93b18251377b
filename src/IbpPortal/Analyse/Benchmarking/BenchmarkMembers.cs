using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>The organisations of one type compared on one metric, put in the order ties are broken in once, for every month.</summary>
/// <remarks>Ordered by name, then code (ordinal); organisations with the same name and code keep the order they were given in,
/// which <see cref="BenchmarkMember.Listed"/> records (the order the values are sorted in for the median and quartiles).</remarks>
internal sealed class BenchmarkMembers
{
    /// <summary>Orders <paramref name="members"/> by name, then code.</summary>
    public BenchmarkMembers(IReadOnlyList<(Organisation Org, MonthlySeries Series)> members)
    {
        ByName = members
            .Select((m, i) => new BenchmarkMember(m.Org, m.Series, i))
            .OrderBy(m => m.Org.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Org.Code, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The members by name, then code.</summary>
    public IReadOnlyList<BenchmarkMember> ByName { get; }

    /// <summary>How many organisations are compared.</summary>
    public int Count => ByName.Count;
}
