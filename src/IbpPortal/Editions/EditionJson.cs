using System.Text.Json;
using IbpPortal.Analyse.Spc;
using IbpPortal.Editions.Json;
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
        var json = new EditionRecordJson(
            EditionRecord.FormatVersion,
            record.Period.ToString(),
            record.Internal ? "internal" : "public",
            new EditionDataJson(record.Data.Combined, record.Data.Files.Select(f => new EditionFileJson(f.Path, f.Sha256))),
            record.Series.Select(Series),
            PromiseJson.Of(record.Promises));
        JsonSerializer.Serialize(stream, json, EditionJsonContext.Default.EditionRecordJson);
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

    private static EditionSeriesJson Series(EditionSeries s) => new(
        s.Org,
        s.Metric,
        s.ScorecardPeriod?.ToString(),
        Name(s.Variation),
        Name(s.Assurance),
        s.Rank,
        s.RankOutOf,
        s.Quartile,
        s.Points.Select(p => new EditionPointJson(p.Period.ToString(), p.Value.HasValue ? p.Value.Number : null, Name(p.Value.Kind), Name(p.SpecialCause), Name(p.Rule), p.Rank, p.Quartile)));
}
