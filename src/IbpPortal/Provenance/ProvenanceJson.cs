using System.Text.Json;

namespace IbpPortal.Provenance;

/// <summary>Writes the provenance of figures as deterministic JSON, for the <c>/data/provenance/&lt;code&gt;.json</c> download.</summary>
internal static class ProvenanceJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    /// <summary>The organisation's figures with their derivation, data lines and sources, and the data's fingerprint.</summary>
    public static byte[] Write(string org, string reportingPeriod, DataFingerprint data, IEnumerable<FigureProvenance> figures)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("org", org);
            w.WriteString("reporting_period", reportingPeriod);
            w.WriteString("data_sha256", data.Combined);
            w.WriteStartArray("figures");
            foreach (var f in figures)
            {
                w.WriteStartObject();
                w.WriteString("metric", f.Key.Metric);
                w.WriteString("series", JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Key.Series.ToString()));
                w.WriteString("period", f.Key.Period.ToString());
                if (f.Value.HasValue)
                {
                    w.WriteNumber("value", f.Value.Number);
                }
                else
                {
                    w.WriteNull("value");
                }

                w.WriteString("derivation_kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Kind.ToString()));
                w.WriteString("derivation", f.Derivation);
                w.WriteStartArray("inputs");
                foreach (var i in f.Inputs)
                {
                    w.WriteStartObject();
                    w.WriteString("file", i.Location.Path);
                    w.WriteNumber("line", i.Location.Line);
                    w.WriteString("org", i.Org);
                    w.WriteString("metric", i.Metric);
                    w.WriteString("period", i.Period.ToString());
                    w.WriteString("value", i.Value.ToCsv());
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("sources");
                foreach (var s in f.Sources)
                {
                    w.WriteStartObject();
                    w.WriteString("file", s.File);
                    w.WriteString("as_at", s.AsAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("source", s.Source);
                    w.WriteString("url", s.Url?.ToString());
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
