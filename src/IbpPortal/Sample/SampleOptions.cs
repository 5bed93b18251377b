namespace IbpPortal.Sample;

/// <summary>What <see cref="SampleGenerator"/> writes: how many organisations, metrics, months and pages, from which seed, and where.</summary>
public sealed record SampleOptions
{
    /// <summary>Integrated care boards; 0 writes a portal of content only, with no <c>data/</c> folder.</summary>
    public int Icbs { get; init; } = 42;

    /// <summary>Trusts under each ICB.</summary>
    public int TrustsPerIcb { get; init; } = 5;

    /// <summary>Metrics, taken in a fixed order from a catalogue that lists parts before the ratios built from them.</summary>
    /// <remarks>At most <see cref="SampleMetricCatalogue.Count"/>.</remarks>
    public int Metrics { get; init; } = 40;

    /// <summary>Months of actuals and plans, ending at <see cref="LastPeriod"/>.</summary>
    public int Months { get; init; } = 36;

    /// <summary>Markdown pages written under <c>input/</c>, besides the home page, which is always written.</summary>
    public int Pages { get; init; }

    /// <summary>The seed: the same seed and counts always give the same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The portal folder to write.</summary>
    public required string Output { get; init; }

    /// <summary>The theme folder that <c>&lt;output&gt;/theme</c> links to; null writes no link.</summary>
    public string? Theme { get; init; }

    /// <summary>The last month of data, which is also the reporting period.</summary>
    /// <remarks>Fixed, so that the output never depends on the clock.</remarks>
    public Model.Period LastPeriod { get; init; } = new(2026, 3);
}
