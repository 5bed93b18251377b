using System.Globalization;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>Appendix B: the data files, the published sources with their licence, the data's SHA-256, and which edition this is.</summary>
internal sealed class DataSourcesAppendix : IPackSection
{
    private static readonly Uri AeStatistics = new("https://www.england.nhs.uk/statistics/statistical-work-areas/ae-waiting-times-and-activity/");
    private static readonly Uri Ogl = new("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");

    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        report.Heading(1, "Appendix B: data sources", PackAnchors.Sources)
            .Paragraph("The figures in this pack come from the portal's data files. Each file, where its figures come from and when they were extracted:");
        var sources = pack.Provenance?.Sources ?? [];
        var files = pack.Fingerprint?.Files ?? [];
        if (files.Count > 0 || sources.Count > 0)
        {
            report.Table(t =>
            {
                t.Column(1.3f).Column(0.9f).Column(3.2f);
                t.Header("File", "As at", "Source");
                // Declared sources carry their path from the portal's folder ("data/actuals.csv"), as the fingerprint's files do: each file once.
                var paths = files.Select(f => f.Path).Union(sources.Select(s => s.File), StringComparer.Ordinal).Order(StringComparer.Ordinal);
                foreach (var path in paths)
                {
                    var source = sources.FirstOrDefault(s => s.File == path);
                    t.Row(path, source?.AsAt?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? PackText.None, source?.Source ?? "Portal configuration");
                }
            });
            if (pack.DataAsAt is { } asAt)
            {
                var issued = DateOnly.FromDateTime(pack.Issued.UtcDateTime);
                var newest = asAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
                report.Note(asAt == issued
                    ? $"Data as at {newest}, the pack's date of issue."
                    : $"Data as at {newest}, before the pack's date of issue ({issued.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}).");
            }
        }

        // Each published measure under its own publication (the "Source: …" of its description, or of its numerator for a
        // ratio worked out from two counts): RTT, cancer or KH03 measures are not A&E statistics.
        var byId = pack.Analysis.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var published = pack.Analysis.Metrics
            .Where(m => !PackText.Illustrative(m))
            .Select(m => (Metric: m, Source: Publication(m, byId)))
            .Where(p => p.Source is not null && p.Source.StartsWith("NHS", StringComparison.Ordinal))
            .GroupBy(p => p.Source!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (published.Count > 0)
        {
            report.Heading(2, "Published NHS statistics", bookmark: false);
            foreach (var group in published)
            {
                var names = string.Join("; ", group.Select(p => p.Metric.Name));
                if (group.Key.StartsWith("NHS England A&E attendances and emergency admissions", StringComparison.Ordinal))
                {
                    report.Paragraph(p => p.Text($"{names}: from NHS England's ").Link("A&E attendances and emergency admissions statistics", AeStatistics).Text("."));
                }
                else
                {
                    report.Paragraph($"{names}: from {group.Key}.");
                }
            }

            report.Paragraph(p => p.Text("Contains public sector information licensed under the ").Link("Open Government Licence v3.0", Ogl).Text("."));
        }

        var illustrative = pack.Analysis.Metrics.Where(PackText.Illustrative).Select(m => m.Name).ToList();
        if (illustrative.Count > 0)
        {
            report.Heading(2, "Illustrative measures", bookmark: false)
                .Paragraph($"These measures use synthetic figures made for demonstration and do not describe any organisation's actual position: {string.Join("; ", illustrative)}.");
        }

        report.Heading(2, "Data fingerprint", bookmark: false);
        report.Paragraph(p => p.Text("SHA-256 of the input data (of each data file's SHA-256, in path order): ").Bold(DataHash(pack)))
            .Note("The same fingerprint in two packs means they were built from the same data. It is also in the document's keywords.");

        report.Heading(2, "Edition", bookmark: false);
        if (pack.Internal)
        {
            var left = pack.Parts.Count > 0 ? $"\"{Sections.PartTwoSection.Title}\" ({string.Join("; ", pack.Parts.Select(p => p.Page.Meta.Title))})" : "no Part II papers this month";
            report.Paragraph($"This is the INTERNAL (Part II) edition. The public edition leaves out: {left}, and this marking. Do not circulate it outside the board's private session.");
        }
        else
        {
            report.Paragraph("This is the PUBLIC edition, for the board's meeting in public. Confidential (Part II) papers are published only in the internal edition.");
        }
    }

    /// <summary>The publication a measure's figures come from, without the import command: its own "Source: …", else its numerator's.</summary>
    private static string? Publication(Model.Metric metric, Dictionary<string, Model.Metric> byId)
    {
        var source = Wording.MeasureSource(metric)
            ?? (metric.Numerator is { } n && byId.TryGetValue(n, out var numerator) ? Wording.MeasureSource(numerator) : null);
        if (source is null)
        {
            return null;
        }

        var import = source.IndexOf(" (ibp import", StringComparison.Ordinal);
        return import < 0 ? source : source[..import];
    }

    /// <summary>The data files' combined SHA-256 when the build hashed them, else a fingerprint of the analysed values.</summary>
    public static string DataHash(PackContext pack) => pack.Fingerprint is { Files.Count: > 0 } f ? f.Combined : PackFingerprint.Of(pack.Analysis);
}
