using System.Text.Json.Serialization;

namespace IbpPortal.Editions.Json;

/// <summary>The data the edition was built from: the combined hash and each file's.</summary>
internal sealed record EditionDataJson([property: JsonPropertyName("sha256")] string Sha256, IEnumerable<EditionFileJson> Files);
