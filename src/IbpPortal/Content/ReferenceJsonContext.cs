using System.Text.Json.Serialization;

namespace IbpPortal.Content;

/// <summary>The source-generated serializer of a string, with the default options: how a value is written in
/// <c>references.json</c>, found without reflection at run time (see <see cref="ReferenceLoader"/>).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ReferenceJsonContext : JsonSerializerContext;
