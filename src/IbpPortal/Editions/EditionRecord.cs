using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Editions;

/// <summary>The machine-readable record of what one edition published, written to <c>data/editions/&lt;period&gt;.json</c> and read back by the next.</summary>
/// <param name="Period">The edition's reporting period.</param>
/// <param name="Internal">True for the internal edition (Part II), false for the public one (Part I).</param>
/// <param name="Data">The SHA-256 of each input data file and of all together.</param>
/// <param name="Series">Every organisation and metric with actuals, by organisation code and metric id.</param>
public sealed record EditionRecord(Period Period, bool Internal, DataFingerprint Data, IReadOnlyList<EditionSeries> Series)
{
    /// <summary>The promised recoveries this edition checked (earlier editions' still followed, and its own), so the next edition checks them in turn.</summary>
    /// <remarks>Written as <c>promises</c>; a record without it (an older build) has none.</remarks>
    public IReadOnlyList<Promise> Promises { get; init; } = [];

    /// <summary>The version of the JSON layout; a record of another version is not compared.</summary>
    public const int FormatVersion = 1;

    /// <summary>"Part I (public)" or "Part II (internal)".</summary>
    public string EditionName => EditionNames.Of(Internal);
}
