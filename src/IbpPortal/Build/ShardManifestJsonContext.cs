using System.Text.Json;
using System.Text.Json.Serialization;

namespace IbpPortal.Build;

/// <summary>The source-generated serializer of <see cref="ShardManifest"/>: the web defaults (camelCase names), with no
/// reflection at run time, so the ahead-of-time compiled program reads and writes it the same way.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ShardManifest))]
internal sealed partial class ShardManifestJsonContext : JsonSerializerContext;
