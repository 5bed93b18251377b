using System.Text.Json;
using IbpPortal.Analyse.Planning;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>The <c>promises</c> array of an edition record: each promised recovery with where it stood at that edition.</summary>
internal static class PromiseJson
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<Promise> promises)
    {
        w.WriteStartArray("promises");
        foreach (var p in promises)
        {
            w.WriteStartObject();
            w.WriteString("org", p.Org);
            w.WriteString("measure", p.Measure);
            w.WriteString("made_in", p.MadeIn.ToString());
            w.WriteString("recovery", p.Recovery.ToString());
            w.WriteString("owner", p.Owner);
            w.WriteStartArray("actions");
            foreach (var action in p.Actions)
            {
                w.WriteStringValue(action);
            }

            w.WriteEndArray();
            w.WriteString("status", JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Status.ToString()));
            w.WriteString("checked_in", p.CheckedIn.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

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
