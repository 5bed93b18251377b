using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.Coherence;
using IbpPortal.Content;
using IbpPortal.Editions;
using IbpPortal.Model;
using IbpPortal.Provenance;
using IbpPortal.Render;

namespace IbpPortal.BoardPacks;

/// <summary>What every section of one pack reads: the organisation, the analysis (with provenance, coherence and changes), commentary and the unit's charts.</summary>
internal sealed class PackContext
{
    public PackContext(Organisation org, DataAnalysis data, IReadOnlyList<CommentaryDocument> commentary, RenderContext render)
    {
        var analysis = data.Model;
        Org = org;
        Analysis = analysis;
        Fingerprint = data.Edition.Data;
        Changes = data.Changes;
        Coherence = data.Coherence;
        Planning = data.Planning;
        Promises = data.Promises;
        Provenance = data.Provenance;
        Render = render;
        Period = analysis.ReportingPeriod;
        Scorecard = analysis.Scorecard(org.Code);
        Internal = render.InternalBuild;
        var summaryName = Period + ".md";
        Summary = commentary.FirstOrDefault(c => !c.IsNarrative && Path.GetFileName(c.Page.SourcePath) == summaryName);
        // Extra parts (such as Part II) reach the writer only in an internal build; checked again here so a public pack never shows them.
        Parts = Internal ? [.. commentary.Where(c => c != Summary && !c.IsNarrative)] : [];
        Narratives = commentary.Where(c => c.IsNarrative)
            .GroupBy(c => c.Measure!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ExceptionNarrative.From(g.First()), StringComparer.Ordinal);
        Review = PackReview.Of(analysis, org, Scorecard, data.Changes);
        // Never before the newest data extract it reports: a pack cannot be issued before its figures were taken.
        DataAsAt = data.Provenance.Sources.Select(s => s.AsAt).Max();
        var monthAfter = Period.AddMonths(1).FirstDay;
        Issued = new DateTimeOffset((DataAsAt > monthAfter ? DataAsAt.Value : monthAfter).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Charts = PackCharts.Build(analysis, org, Scorecard, Issued.UtcDateTime);
    }

    public Organisation Org { get; }

    /// <summary>Plan credibility and ICB gap contributions (issue #22).</summary>
    public Analyse.Planning.PlanningResults Planning { get; }

    /// <summary>Every promised recovery as it stands at this edition.</summary>
    public IReadOnlyList<Analyse.Planning.Promise> Promises { get; }

    public AnalysisModel Analysis { get; }

    public RenderContext Render { get; }

    public Period Period { get; }

    public Scorecard Scorecard { get; }

    /// <summary>True for the internal (Part II) edition.</summary>
    public bool Internal { get; }

    /// <summary>The executive summary commentary, when written.</summary>
    public CommentaryDocument? Summary { get; }

    /// <summary>Extra commentary parts (internal edition only).</summary>
    public IReadOnlyList<CommentaryDocument> Parts { get; }

    /// <summary>The newest "as at" date of the data files' declared sources; null when none is declared.</summary>
    public DateOnly? DataAsAt { get; }

    /// <summary>Exception narratives by metric id.</summary>
    public IReadOnlyDictionary<string, ExceptionNarrative> Narratives { get; }

    /// <summary>The exceptions, improvements and summary matrix, by the rules the web pages use too.</summary>
    public ExceptionReview Review { get; }

    /// <summary>The anchor a measure links to: its exception report when it has one, else its chart in its domain section.</summary>
    public string AnchorOf(string metric) =>
        Review.ExceptionFor(metric) is null ? PackAnchors.Measure(metric) : PackAnchors.Exception(metric);

    /// <summary>The date of issue: the first day of the month after the reporting period, or the newest data extract's date when later (never the clock).</summary>
    public DateTimeOffset Issued { get; }

    public PackCharts Charts { get; }

    public bool IsIcb => Org.Type == OrgType.Icb;

    /// <summary>The rows with a latest value, domain by domain.</summary>
    public IEnumerable<ScorecardRow> RowsWithValues => Scorecard.Rows.Where(r => r.Latest.HasValue);

    /// <summary>Up to eight headline measures: those with a target first, then those with a plan, in scorecard order.</summary>
    public IReadOnlyList<ScorecardRow> Headlines => [.. RowsWithValues
        .OrderBy(r => r.Target is null ? 1 : 0)
        .ThenBy(r => r.Plan.HasValue ? 0 : 1)
        .Take(8)];

    /// <summary>The data's fingerprint (the one this edition's record names).</summary>
    public DataFingerprint? Fingerprint { get; }

    /// <summary>This edition compared with the previous one.</summary>
    public EditionComparison? Changes { get; }

    /// <summary>The plans checked against the coherence rules.</summary>
    public CoherenceReport? Coherence { get; }

    /// <summary>Where every figure came from.</summary>
    public ProvenanceIndex? Provenance { get; }
}
