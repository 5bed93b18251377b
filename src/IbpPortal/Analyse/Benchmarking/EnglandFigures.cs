using System.Collections.Concurrent;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>England-wide comparisons for scorecards: each of the portal's acute trusts among every acute trust in England.</summary>
/// <remarks>Each measure and month is gathered once (<see cref="EnglandScope.AcuteTrustFigures"/>) and shared by every
/// trust's scorecard; safe to call from several threads. There is no comparison without context organisations, for a trust
/// outside the acute scope, or when no provider outside the portal has a figure that month (the scope would be the portal's).</remarks>
internal sealed class EnglandFigures(PlanData data)
{
    private readonly ConcurrentDictionary<(string Metric, Period Period), Lazy<IReadOnlyList<EnglandEntry>>> cache = new();

    /// <summary>Where <paramref name="org"/> stands among England's acute trusts on <paramref name="metric"/> in <paramref name="period"/>, or null.</summary>
    public EnglandComparison? Compare(Metric metric, Period period, Organisation org)
    {
        if (data.ContextOrganisations.Count == 0 || org.Type != OrgType.Trust)
        {
            return null;
        }

        var entries = cache.GetOrAdd((metric.Id, period), key => new Lazy<IReadOnlyList<EnglandEntry>>(() => EnglandScope.AcuteTrustFigures(data, metric, key.Period))).Value;
        if (!entries.Any(e => e.Code == org.Code) || !entries.Any(e => !e.InPortal && e.Value.HasValue))
        {
            return null;
        }

        var comparison = EnglandBenchmark.Compare(metric, period, org.Code, EnglandScope.AcuteTrusts, entries);
        return comparison.Value.HasValue ? comparison : null;
    }
}
