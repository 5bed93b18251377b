using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>Chooses which absent kind a derived figure carries when its inputs are absent in different ways.</summary>
/// <remarks>
/// The most informative kind wins: not applicable (the measure does not apply at all) beats suppressed
/// (a number exists but is withheld), which beats missing (nothing was submitted).
/// </remarks>
internal static class AbsentKinds
{
    /// <summary>The more informative of two absent kinds; a <see cref="ValueKind.Value"/> argument is ignored.</summary>
    public static ValueKind MostInformative(ValueKind a, ValueKind b) => Weight(a) >= Weight(b) ? a : b;

    /// <summary>An absent value of the given kind.</summary>
    public static DataValue Of(ValueKind kind) => kind switch
    {
        ValueKind.Suppressed => DataValue.Suppressed,
        ValueKind.NotApplicable => DataValue.NotApplicable,
        _ => DataValue.Missing,
    };

    private static int Weight(ValueKind kind) => kind switch
    {
        ValueKind.NotApplicable => 3,
        ValueKind.Suppressed => 2,
        ValueKind.Missing => 1,
        _ => 0,
    };
}
