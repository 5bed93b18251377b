using System.Text.Json.Serialization;

namespace IbpPortal.Editions.Json;

/// <summary>The source-generated serializer of edition records: snake_case names, two-space indents, LF line ends.</summary>
/// <remarks>
/// Metadata mode, not the fast path: a national portal's record is hundreds of megabytes, and only the metadata
/// serializer writes a stream in pieces (it flushes as its buffer fills) instead of building the whole text first.
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(EditionRecordJson))]
internal sealed partial class EditionJsonContext : JsonSerializerContext;
