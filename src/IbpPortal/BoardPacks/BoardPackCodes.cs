namespace IbpPortal.BoardPacks;

/// <summary>Diagnostic codes for board packs.</summary>
public static class BoardPackCodes
{
    /// <summary>A pack was asked for (<c>--packs</c> or <c>packs:</c> in portal.yml) for an organisation the data does not have.</summary>
    public const string UnknownOrganisation = "IBP1501";

    /// <summary>Commentary was written for a period other than the pack's reporting period.</summary>
    public const string CommentaryPeriod = "IBP1502";

    /// <summary>Commentary for an organisation the data does not have.</summary>
    public const string CommentaryOrganisation = "IBP1503";

    /// <summary>A pack's exceptions have no narrative file (a warning: the pack says "no narrative provided").</summary>
    public const string NarrativeMissing = "IBP1511";

    /// <summary>An exception narrative names a measure that is not a metric, or not an exception this period (a warning: it is not shown).</summary>
    public const string NarrativeNotUsed = "IBP1512";
}
