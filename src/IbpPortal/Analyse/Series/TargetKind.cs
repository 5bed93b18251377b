namespace IbpPortal.Analyse.Series;

/// <summary>Where a target comes from: the national standard (<c>metrics.csv</c>) or a local trajectory (<c>targets.csv</c>).</summary>
public enum TargetKind
{
    /// <summary>No target.</summary>
    None,

    /// <summary>The national standard in <c>metrics.csv</c>.</summary>
    NationalStandard,

    /// <summary>The organisation's own trajectory: its rows in <c>targets.csv</c>.</summary>
    Trajectory,

    /// <summary>A target set for every organisation: a <c>*</c> row in <c>targets.csv</c>.</summary>
    Everyone,
}
