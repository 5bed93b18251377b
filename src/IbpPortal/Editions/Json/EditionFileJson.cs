using System.Text.Json.Serialization;

namespace IbpPortal.Editions.Json;

/// <summary>One data file and its SHA-256.</summary>
internal sealed record EditionFileJson(string Path, [property: JsonPropertyName("sha256")] string Sha256);
