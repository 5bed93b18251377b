using System.Text.Json.Serialization;

namespace IbpPortal.Cli.Preview;

/// <summary>The source-generated serializer of the preview's error event (a list of messages), with no reflection at run time.</summary>
[JsonSerializable(typeof(List<string>))]
internal sealed partial class PreviewJsonContext : JsonSerializerContext;
