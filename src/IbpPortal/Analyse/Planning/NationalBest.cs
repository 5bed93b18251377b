using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>The best month of any acute trust in England in the imported national data, for "beyond anything seen".</summary>
/// <param name="Label">Whose month, such as "Example NHS Trust, May 2024".</param>
/// <param name="Scope">The scope and its size, such as "142 acute trusts in England".</param>
public sealed record NationalBest(double Value, string Label, string Scope)
{
    /// <summary>The best figure over every month the context data cover, by the metric's improvement direction; null without context data for the metric.</summary>
    /// <remarks>Acute trusts as <see cref="EnglandScope"/> defines them; a ratio is worked out from each trust's numerator and denominator.
    /// A figure from a denominator under 100 is left out, so a tiny provider's 100% is not "the best in England".</remarks>
    public static NationalBest? Of(PlanData data, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Improvement == Improvement.Neutral || metric.IsVolume)
        {
            return null;
        }

        var ids = metric.IsRatio ? new[] { metric.Numerator!, metric.Denominator! } : [metric.Id];
        var contextMonths = data.ContextActuals.Where(r => ids.Contains(r.Metric, StringComparer.Ordinal) && r.Value.HasValue).Select(r => r.Period).Distinct().ToList();
        if (contextMonths.Count == 0)
        {
            return null;
        }

        var acute = data.ContextOrganisations.Where(o => o.Type == ContextOrganisation.NhsTrust && o.Sector == ContextOrganisation.Acute).ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        foreach (var o in data.Organisations.Where(o => o.Type == OrgType.Trust && o.PeerGroup.Contains("acute", StringComparison.OrdinalIgnoreCase)))
        {
            acute[o.Code] = o.Name;
        }

        var months = contextMonths.ToHashSet();
        var figures = data.Actuals.Concat(data.ContextActuals)
            .Where(r => r.Value.HasValue && months.Contains(r.Period) && acute.ContainsKey(r.Org) && ids.Contains(r.Metric, StringComparer.Ordinal))
            .GroupBy(r => (r.Org, r.Period))
            .Select(g =>
            {
                var byMetric = g.GroupBy(r => r.Metric, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.First().Value.Number, StringComparer.Ordinal);
                double? value = !metric.IsRatio ? byMetric.GetValueOrDefault(metric.Id, double.NaN)
                    : byMetric.TryGetValue(metric.Numerator!, out var n) && byMetric.TryGetValue(metric.Denominator!, out var d) && d >= 100
                        ? n / d * (metric.Unit == Unit.Percent ? 100 : 1) : null;
                return (g.Key.Org, g.Key.Period, Value: value);
            })
            .Where(x => x.Value is { } v && double.IsFinite(v))
            .ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var sign = PlanCredibility.Sign(metric.Improvement);
        var best = figures.OrderByDescending(f => sign * f.Value!.Value).ThenBy(f => f.Period).ThenBy(f => f.Org, StringComparer.Ordinal).First();
        var count = figures.Select(f => f.Org).Distinct().Count();
        return new NationalBest(best.Value!.Value, $"{acute[best.Org]}, {best.Period.ToLongDisplay()}", $"{count} {EnglandScope.AcuteTrusts}");
    }
}
