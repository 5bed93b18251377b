namespace IbpPortal.Model;

/// <summary>What a cell of plan data holds: a number, or one of the three ways a number can be absent.</summary>
public enum ValueKind
{
    /// <summary>A number.</summary>
    Value,

    /// <summary>Blank in the file: not submitted.</summary>
    Missing,

    /// <summary><c>*</c> in the file: withheld because the numbers are small.</summary>
    Suppressed,

    /// <summary><c>-</c> in the file: the measure does not apply.</summary>
    NotApplicable,
}
