using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;

namespace IbpPortal.Import;

/// <summary>One of NHS England's statistical publications that <c>ibp import</c> reads.</summary>
internal interface IPublication
{
    /// <summary>The command's name, such as <c>rtt</c>.</summary>
    string Id { get; }

    /// <summary>The publication's name for messages, such as "NHS England RTT waiting times full CSV extract".</summary>
    string Title { get; }

    /// <summary>The measures it writes (counts first, then the ratios built on them), for <c>--add-metrics</c>.</summary>
    IReadOnlyList<CatalogueMetric> Metrics { get; }

    /// <summary>Reads one published file into <paramref name="batch"/>, reporting every problem.</summary>
    void Read(PublishedFile file, ImportBatch batch, DiagnosticBag diagnostics, ImportProgress progress);
}
