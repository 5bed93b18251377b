namespace IbpPortal.Analyse;

/// <summary>Identifies one organisation's series for one metric.</summary>
internal readonly record struct OrgMetricKey(string Org, string Metric);
