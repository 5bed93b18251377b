namespace IbpPortal.Analyse.Scenarios;

/// <summary>How a projection's baseline was formed from the actuals.</summary>
public enum BaselineMethod
{
    /// <summary>Each month is the same month last year, scaled to the recent level by the ratio of the latest 12-month mean to the 12-month mean ending with that month.</summary>
    SeasonalScaled,

    /// <summary>Too few months for a seasonal shape: every month is the mean of the latest three figures.</summary>
    Flat,
}
