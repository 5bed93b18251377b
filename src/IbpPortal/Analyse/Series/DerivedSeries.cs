namespace IbpPortal.Analyse.Series;

/// <summary>Every series derived from one file of observations (actuals or plans).</summary>
/// <param name="Values">Series by organisation and metric; absent keys have no data.</param>
/// <param name="Parts">For ratio metrics computed from counts, the counts behind each series.</param>
internal sealed record DerivedSeries(
    IReadOnlyDictionary<OrgMetricKey, MonthlySeries> Values,
    IReadOnlyDictionary<OrgMetricKey, RatioParts> Parts)
{
    /// <summary>The series, or an empty one.</summary>
    public MonthlySeries Get(string org, string metric) =>
        Values.TryGetValue(new OrgMetricKey(org, metric), out var series) ? series : MonthlySeries.Empty;

    /// <summary>The counts behind a ratio series, when it was computed from them.</summary>
    public RatioParts? PartsOf(string org, string metric) =>
        Parts.TryGetValue(new OrgMetricKey(org, metric), out var parts) ? parts : null;
}
