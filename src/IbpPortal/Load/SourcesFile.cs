using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Provenance;

namespace IbpPortal.Load;

/// <summary>Reads the optional <c>data/sources.yml</c>: a list of <c>{file, as_at, source, url}</c>, one per data file.</summary>
/// <remarks>
/// <c>file</c> is the data file's name in <c>data/</c> (such as <c>actuals.csv</c>); <c>as_at</c> is the date the
/// extract was taken (<c>YYYY-MM-DD</c>); <c>source</c> names the publisher and collection; <c>url</c> is optional.
/// </remarks>
internal static class SourcesFile
{
    /// <summary>The file's path relative to the portal root.</summary>
    public const string DisplayPath = "data/sources.yml";

    private static readonly string[] Fields = ["file", "as_at", "source", "url"];

    /// <summary>The declared sources; none without the file. Problems are errors with the line at fault.</summary>
    public static List<DataSource> Read(string portalRoot, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(portalRoot, DisplayPath);
        var result = new List<DataSource>();
        if (!File.Exists(full))
        {
            return result;
        }

        foreach (var entry in YamlEntries.Read(full, DisplayPath, ProvenanceCodes.SourcesFile, Fields, diagnostics))
        {
            var file = entry.Text("file");
            if (file is null)
            {
                diagnostics.Error(entry.Location, ProvenanceCodes.SourcesFile, "the entry has no 'file'", "add 'file: actuals.csv' (a file in data/)");
                continue;
            }

            if (!File.Exists(Path.Combine(portalRoot, "data", file)))
            {
                diagnostics.Error(entry.At("file"), ProvenanceCodes.SourcesFile, $"there is no data/{file}", "name a file in the data folder, such as actuals.csv");
                continue;
            }

            DateOnly? asAt = null;
            if (entry.Text("as_at") is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    diagnostics.Error(entry.At("as_at"), ProvenanceCodes.SourcesFile, $"'as_at' is '{text}', which is not a date", "write the date the extract was taken as YYYY-MM-DD");
                    continue;
                }

                asAt = date;
            }

            Uri? url = null;
            if (entry.Text("url") is { } link && (!Safety.LinkPolicy.IsWebAddress(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out url)))
            {
                diagnostics.Error(entry.At("url"), ProvenanceCodes.SourcesFile, $"'url' is '{link}', which is not a web address", "give the full address, starting https://");
                continue;
            }

            result.Add(new DataSource("data/" + file.Replace('\\', '/'), asAt, entry.Text("source"), url, entry.Location));
        }

        return result;
    }
}
