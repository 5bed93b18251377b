namespace IbpPortal.Sample;

/// <summary>What a sample run wrote, for the command's report and for tests.</summary>
public sealed record SampleSummary(int Organisations, int Metrics, int Months, long ActualRows, long PlanRows, int Pages);
