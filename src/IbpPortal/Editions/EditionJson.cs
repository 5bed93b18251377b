using System.Text.Json;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Editions;

/// <summary>Writes and reads <see cref="EditionRecord"/> as deterministic JSON: fixed property order, invariant numbers, snake_case names.</summary>
/// <remarks>
/// Layout: <c>{format, period, edition ("public"|"internal"), data: {sha256, files: [{path, sha256}]},
/// series: [{org, metric, scorecard_period, variation, assurance, rank, rank_out_of, quartile,
/// points: [{period, value, status, special_cause, rule, rank, quartile}]}], promises: [{org, measure, made_in, recovery, owner, actions, status, checked_in}]}</c>. <c>value</c> is null when
/// <c>status</c> is <c>missing</c>, <c>suppressed</c> or <c>not_applicable</c>; optional numbers are written as null.
/// </remarks>
public static class EditionJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    /// <summary>The record as UTF-8 JSON.</summary>
    public static byte[] Write(EditionRecord record)
    {
        using var buffer = new MemoryStream();
        Write(record, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the record as UTF-8 JSON to <paramref name="stream"/>: a national portal's record is hundreds of megabytes, too large to build in memory.</summary>
    public static void Write(EditionRecord record, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(record);
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("format", EditionRecord.FormatVersion);
            w.WriteString("period", record.Period.ToString());
            w.WriteString("edition", record.Internal ? "internal" : "public");
            w.WriteStartObject("data");
            w.WriteString("sha256", record.Data.Combined);
            w.WriteStartArray("files");
            foreach (var file in record.Data.Files)
            {
                w.WriteStartObject();
                w.WriteString("path", file.Path);
                w.WriteString("sha256", file.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("series");
            foreach (var s in record.Series)
            {
                w.WriteStartObject();
                w.WriteString("org", s.Org);
                w.WriteString("metric", s.Metric);
                w.WriteString("scorecard_period", s.ScorecardPeriod?.ToString());
                w.WriteString("variation", Name(s.Variation));
                w.WriteString("assurance", Name(s.Assurance));
                Number(w, "rank", s.Rank);
                Number(w, "rank_out_of", s.RankOutOf);
                Number(w, "quartile", s.Quartile);
                w.WriteStartArray("points");
                foreach (var p in s.Points)
                {
                    w.WriteStartObject();
                    w.WriteString("period", p.Period.ToString());
                    if (p.Value.HasValue)
                    {
                        w.WriteNumber("value", p.Value.Number);
                    }
                    else
                    {
                        w.WriteNull("value");
                    }

                    w.WriteString("status", Name(p.Value.Kind));
                    w.WriteString("special_cause", Name(p.SpecialCause));
                    w.WriteString("rule", Name(p.Rule));
                    Number(w, "rank", p.Rank);
                    Number(w, "quartile", p.Quartile);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();

                // The writer only passes its buffer on when flushed.
                if (w.BytesPending > 1 << 16)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            PromiseJson.Write(w, record.Promises);
            w.WriteEndObject();
        }
    }

    /// <summary>Reads a record written by <see cref="Write(EditionRecord)"/>; null (with the reason) when the bytes are not one.</summary>
    public static EditionRecord? Read(ReadOnlySpan<byte> json, out string? problem)
    {
        problem = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetInt32() != EditionRecord.FormatVersion)
            {
                problem = $"it is not an edition record of format {EditionRecord.FormatVersion}";
                return null;
            }

            var data = root.GetProperty("data");
            var files = data.GetProperty("files").EnumerateArray()
                .Select(f => new DataFileHash(f.GetProperty("path").GetString()!, f.GetProperty("sha256").GetString()!)).ToList();
            var series = root.GetProperty("series").EnumerateArray().Select(ReadSeries).ToList();
            return new EditionRecord(
                Period.Parse(root.GetProperty("period").GetString()!),
                root.GetProperty("edition").GetString() == "internal",
                new DataFingerprint(files, data.GetProperty("sha256").GetString()!),
                series)
            {
                Promises = PromiseJson.Read(root),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            problem = $"it is not a readable edition record ({ex.Message.Split('.')[0]})";
            return null;
        }
    }

    private static EditionSeries ReadSeries(JsonElement s) => new(
        s.GetProperty("org").GetString()!,
        s.GetProperty("metric").GetString()!,
        s.GetProperty("scorecard_period").GetString() is { } p ? Period.Parse(p) : null,
        Parse<VariationIcon>(s, "variation"),
        Parse<AssuranceIcon>(s, "assurance"),
        OptionalInt(s, "rank"),
        OptionalInt(s, "rank_out_of"),
        OptionalInt(s, "quartile"),
        [.. s.GetProperty("points").EnumerateArray().Select(p =>
        {
            var kind = Parse<ValueKind>(p, "status");
            var value = kind == ValueKind.Value ? DataValue.Of(p.GetProperty("value").GetDouble()) : new DataValue(kind, double.NaN);
            return new EditionPoint(Period.Parse(p.GetProperty("period").GetString()!), value, Parse<SpecialCause>(p, "special_cause"), Parse<SpcRule>(p, "rule"),
                OptionalInt(p, "rank"), OptionalInt(p, "quartile"));
        })]);

    private static int? OptionalInt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static T Parse<T>(JsonElement e, string name) where T : struct, Enum =>
        Enum.Parse<T>(e.GetProperty(name).GetString()!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
