using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>Names one figure: an organisation's actual, plan or target for a metric in a month.</summary>
public readonly record struct FigureKey(string Org, string Metric, Period Period, FigureSeries Series = FigureSeries.Actual);
