using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Gathers one measure's figures for a period over England's acute NHS trusts: the portal's trusts and the context ones.</summary>
/// <remarks>Acute: a context provider of ODS type <c>nhs_trust</c> whose sector is <c>acute</c> (independent-sector and
/// non-acute providers never are); a portal trust whose peer group names "acute". A ratio measure is worked out from each
/// provider's numerator and denominator, as the portal does for its own organisations.</remarks>
public static class EnglandScope
{
    /// <summary>The scope's name as readers see it.</summary>
    public const string AcuteTrusts = "acute trusts in England";

    /// <summary>Every acute trust in England with its figure (absent when it has none) for <paramref name="metric"/> in <paramref name="period"/>.</summary>
    public static IReadOnlyList<EnglandEntry> AcuteTrustFigures(PlanData data, Metric metric, Period period)
    {
        var portal = data.Organisations
            .Where(o => o.Type == OrgType.Trust && o.PeerGroup.Contains("acute", StringComparison.OrdinalIgnoreCase))
            .Select(o => (o.Code, o.Name, InPortal: true));
        var context = data.ContextOrganisations
            .Where(o => o.Type == ContextOrganisation.NhsTrust && o.Sector == ContextOrganisation.Acute)
            .Where(o => !data.Organisations.Any(p => p.Code == o.Code))
            .Select(o => (o.Code, o.Name, InPortal: false));
        var figures = data.Actuals.Concat(data.ContextActuals)
            .Where(r => r.Period == period)
            .GroupBy(r => (r.Org, r.Metric))
            .ToDictionary(g => g.Key, g => g.First().Value);

        DataValue Figure(string org, string id) => figures.TryGetValue((org, id), out var value) ? value : DataValue.Missing;
        DataValue Of(string org) => metric.IsRatio
            ? SeriesDeriver.Divide(Figure(org, metric.Numerator!), Figure(org, metric.Denominator!), metric.Unit == Unit.Percent ? 100 : 1)
            : Figure(org, metric.Id);

        return [.. portal.Concat(context).Select(o => new EnglandEntry(o.Code, o.Name, o.InPortal, Of(o.Code)))];
    }
}
