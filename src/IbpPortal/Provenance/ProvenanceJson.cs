using System.Globalization;
using System.Text.Json;
using IbpPortal.Sections.Downloads;

namespace IbpPortal.Provenance;

/// <summary>Writes the provenance of figures as deterministic JSON, for the <c>/data/provenance/&lt;code&gt;.json</c> download.</summary>
internal static class ProvenanceJson
{
    /// <summary>The organisation's figures with their derivation, data lines and sources, and the data's fingerprint.</summary>
    public static byte[] Write(string org, string reportingPeriod, DataFingerprint data, IEnumerable<FigureProvenance> figures) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new ProvenanceDownload(org, reportingPeriod, data.Combined, figures.Select(Figure)),
            DownloadJsonContext.Default.ProvenanceDownload);

    private static FigureJson Figure(FigureProvenance f) => new(
        f.Key.Metric,
        JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Key.Series.ToString()),
        f.Key.Period.ToString(),
        f.Value.HasValue ? f.Value.Number : null,
        JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Kind.ToString()),
        f.Derivation,
        f.Inputs.Select(i => new FigureInputJson(i.Location.Path, i.Location.Line, i.Org, i.Metric, i.Period.ToString(), i.Value.ToCsv())),
        f.Sources.Select(s => new FigureSourceJson(s.File, s.AsAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Source, s.Url?.ToString())));
}
