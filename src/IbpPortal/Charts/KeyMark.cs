namespace IbpPortal.Charts;

/// <summary>How a key entry's sample is drawn: as the line it names, as a dot, or as a short upright tick.</summary>
public enum KeyMark
{
    /// <summary>A short stretch of the line, with its dash pattern.</summary>
    Line,

    /// <summary>A filled dot as wide as the entry's width.</summary>
    Dot,

    /// <summary>An upright tick, as a marker across a row is drawn.</summary>
    Tick,

    /// <summary>A short stretch of a solid line with a dot in its middle, as a series with a dot on each month is drawn;
    /// the dot is twice as wide as the line.</summary>
    LineAndDot,
}
