using IbpPortal.Diagnostics;
using IbpPortal.Import.Publications;
using IbpPortal.Import.Tables;

namespace IbpPortal.Import;

/// <summary>The publications <c>ibp import</c> reads, by command name.</summary>
public static class PublicationRegistry
{
    private static readonly IPublication[] All =
    [
        new NhseAePublication(), new RttPublication(), new CancerPublication(), new Dm01Publication(),
        new WorkforcePublication(), new SicknessPublication(), new Kh03Publication(),
    ];

    /// <summary>Command names and titles, in order.</summary>
    public static IReadOnlyList<(string Id, string Title)> Names { get; } = [.. All.Select(p => (p.Id, p.Title))];

    /// <summary>Imports files of the publication <paramref name="id"/>; null (every problem reported) when nothing was written.</summary>
    /// <param name="addMetrics">Add the publication's measures that <c>metrics.csv</c> lacks.</param>
    public static ImportSummary? Import(string id, IReadOnlyList<string> files, string dataFolder, bool addMetrics, DiagnosticBag diagnostics, ImportProgress progress) =>
        PublicationImport.Run(All.Single(p => p.Id == id), files, dataFolder, addMetrics, diagnostics, progress);
}
