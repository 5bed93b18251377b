using System.Text.Json.Serialization;
using IbpPortal.Provenance;

namespace IbpPortal.Sections.Downloads;

/// <summary>The source-generated serializers of the JSON downloads: snake_case names, two-space indents, LF line ends.</summary>
/// <remarks>
/// Numbers are written as <see cref="System.Text.Json.Utf8JsonWriter"/> writes a double (the shortest text that reads
/// back as the same value); a non-finite figure is given as null before it gets here. Text is escaped with the default
/// encoder, so HTML-significant characters come out as \u003C and the like.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(MetricDownload))]
[JsonSerializable(typeof(OrganisationDownload))]
[JsonSerializable(typeof(ProvenanceDownload))]
internal sealed partial class DownloadJsonContext : JsonSerializerContext;
