using System.Text.Json;
using IbpPortal.Analyse.Planning;
using IbpPortal.Editions.Json;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>The <c>promises</c> array of an edition record: each promised recovery with where it stood at that edition.</summary>
internal static class PromiseJson
{
    /// <summary>The promises as the record's JSON shape.</summary>
    public static IEnumerable<EditionPromiseJson> Of(IReadOnlyList<Promise> promises) => promises.Select(p => new EditionPromiseJson(
        p.Org,
        p.Measure,
        p.MadeIn.ToString(),
        p.Recovery.ToString(),
        p.Owner,
        p.Actions,
        JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Status.ToString()),
        p.CheckedIn.ToString()));

    public static IReadOnlyList<Promise> Read(JsonElement root)
    {
        if (!root.TryGetProperty("promises", out var promises))
        {
            return [];
        }

        return [.. promises.EnumerateArray().Select(p => new Promise(
            p.GetProperty("org").GetString()!,
            p.GetProperty("measure").GetString()!,
            Period.Parse(p.GetProperty("made_in").GetString()!),
            Period.Parse(p.GetProperty("recovery").GetString()!),
            p.GetProperty("owner").GetString(),
            [.. p.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!)],
            Enum.Parse<PromiseStatus>(p.GetProperty("status").GetString()!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            Period.Parse(p.GetProperty("checked_in").GetString()!)))];
    }
}
