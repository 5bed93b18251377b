namespace IbpPortal.Analyse.Planning;

/// <summary>Where a promised recovery stands at an edition.</summary>
public enum PromiseStatus
{
    /// <summary>Still an exception, the promised month not yet reached, and the narrative still there.</summary>
    Open,

    /// <summary>No longer an exception, at or before the promised month.</summary>
    Kept,

    /// <summary>No longer an exception, but only after the promised month.</summary>
    RecoveredLate,

    /// <summary>The promised month has come and the measure is still an exception.</summary>
    Overdue,

    /// <summary>Still an exception, and this edition has no narrative for it: the promise was dropped without a word.</summary>
    Dropped,
}
