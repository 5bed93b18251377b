using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>One published month of one organisation's measure: its value, SPC state and place among its peers.</summary>
/// <param name="Value">The actual as published; absent kinds stay absent.</param>
/// <param name="SpecialCause">The SPC signal on this point, if any.</param>
/// <param name="Rule">The Making Data Count rule that flagged it.</param>
/// <param name="Rank">Rank among organisations of the same type that month.</param>
/// <param name="Quartile">1 = best quarter.</param>
public sealed record EditionPoint(Period Period, DataValue Value, SpecialCause SpecialCause, SpcRule Rule, int? Rank, int? Quartile);
