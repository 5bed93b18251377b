using System.Globalization;
using System.Text;
using System.Text.Json;
using IbpPortal.Analyse;
using IbpPortal.Model;

namespace IbpPortal.Sections.Planning;

/// <summary>The planning intelligence of an organisation as CSV (every judged month) and JSON (credibility, promises, contributions).</summary>
internal static class PlanningDownloads
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static byte[] Csv(DataAnalysis data, Organisation org)
    {
        var text = new StringBuilder("org,metric,period,source,value,verdict,mean,upl,lpl,sentence\n");
        foreach (var c in data.Planning.CredibilityOf(org.Code, data.Model.Metrics.Select(m => m.Id)))
        {
            foreach (var m in c.Months)
            {
                text.Append(CultureInfo.InvariantCulture, $"{org.Code},{c.Metric.Id},{m.Period},{m.Source},{R(m.Value)},{Snake(m.Verdict)},{R(c.Process.Mean)},{R(c.Process.Upl)},{R(c.Process.Lpl)},{CsvText.Text(m.Sentence)}\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Json(DataAnalysis data, Organisation org)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("org", org.Code);
            w.WriteString("period", data.Model.ReportingPeriod.ToString());
            w.WriteStartArray("credibility");
            foreach (var c in data.Planning.CredibilityOf(org.Code, data.Model.Metrics.Select(m => m.Id)))
            {
                w.WriteStartObject();
                w.WriteString("metric", c.Metric.Id);
                w.WriteNumber("mean", c.Process.Mean);
                w.WriteNumber("upl", c.Process.Upl);
                w.WriteNumber("lpl", c.Process.Lpl);
                w.WriteString("latest_actual", c.Process.LatestActual.ToString());
                w.WriteString("pace", c.Pace?.Sentence);
                w.WriteStartArray("months");
                foreach (var m in c.Months)
                {
                    w.WriteStartObject();
                    w.WriteString("period", m.Period.ToString());
                    w.WriteString("source", m.Source);
                    w.WriteNumber("value", m.Value);
                    w.WriteString("verdict", Snake(m.Verdict));
                    w.WriteString("sentence", m.Sentence);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("promises");
            foreach (var p in data.Promises.Where(p => p.Org == org.Code))
            {
                w.WriteStartObject();
                w.WriteString("metric", p.Measure);
                w.WriteString("made_in", p.MadeIn.ToString());
                w.WriteString("recovery", p.Recovery.ToString());
                w.WriteString("owner", p.Owner);
                w.WriteString("status", Snake(p.Status));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("gap_contributions");
            foreach (var g in data.Planning.Contributions(org.Code))
            {
                w.WriteStartObject();
                w.WriteString("metric", g.Metric);
                w.WriteString("period", g.Period.ToString());
                w.WriteString("headline", g.Headline);
                w.WriteNumber("net_gap", g.NetGap);
                w.WriteNumber("gross_gap", g.GrossGap);
                w.WriteStartArray("trusts");
                foreach (var t in g.Trusts)
                {
                    w.WriteStartObject();
                    w.WriteString("org", t.Code);
                    w.WriteNumber("contribution", t.Contribution);
                    w.WriteNumber("share", t.Share);
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

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Snake<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
