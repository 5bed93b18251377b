using System.Text.Json.Serialization;

namespace IbpPortal.Provenance;

/// <summary><c>/data/provenance/&lt;code&gt;.json</c>: the organisation's figures with their derivation, data lines and sources, and the data's fingerprint.</summary>
internal sealed record ProvenanceDownload(
    string Org,
    string ReportingPeriod,
    [property: JsonPropertyName("data_sha256")] string DataSha256,
    IEnumerable<FigureJson> Figures);
