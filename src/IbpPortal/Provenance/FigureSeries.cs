namespace IbpPortal.Provenance;

/// <summary>Which kind of figure a provenance look-up is about: an actual, a plan or a target.</summary>
public enum FigureSeries
{
    /// <summary>A reported figure (<c>actuals.csv</c>, or derived from it).</summary>
    Actual,

    /// <summary>A planned figure (<c>plans.csv</c>, or derived from it).</summary>
    Plan,

    /// <summary>The target in force (<c>targets.csv</c> or the metric's national target in <c>metrics.csv</c>).</summary>
    Target,
}
