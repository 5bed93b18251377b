using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>The site's one route table: the addresses of the benchmarking, organisation, changes, sources, coherence and board pack pages and of the data files, decided in one place.</summary>
public static class DataRoutes
{
    /// <summary>The metrics by domain.</summary>
    public const string Benchmarking = "/benchmarking/";

    /// <summary>ICBs with their trusts.</summary>
    public const string Organisations = "/organisations/";

    /// <summary>Every scenario.</summary>
    public const string Scenarios = "/scenarios/";

    /// <summary>How the figures are worked out.</summary>
    public const string Methodology = "/methodology/";

    /// <summary>A metric's benchmark page.</summary>
    public static string Metric(string id) => $"/benchmarking/{id}/";

    /// <summary>An organisation's page.</summary>
    public static string Organisation(string code) => $"/organisations/{code}/";

    /// <summary>The render group of an organisation's page and board pack, which share their SPC charts.</summary>
    public static string OrganisationGroup(string code) => "organisation:" + code;

    /// <summary>A metric's benchmark table as CSV.</summary>
    public static string MetricCsv(string id) => $"data/metrics/{id}.csv";

    /// <summary>A metric's benchmark table and medians as JSON.</summary>
    public static string MetricJson(string id) => $"data/metrics/{id}.json";

    /// <summary>An organisation's scorecard and series as JSON.</summary>
    public static string OrganisationJson(string code) => $"data/organisations/{code}.json";

    /// <summary>One organisation's monthly series for a metric (actual, plan, SPC limits and signals) as CSV.</summary>
    public static string SeriesCsv(string code, string metric) => $"data/organisations/{code}/{metric}.csv";

    /// <summary>One organisation's capacity metric against the demand it meets, month by month, as CSV.</summary>
    public static string DemandCapacityCsv(string code, string metric) => $"data/organisations/{code}/{metric}-demand.csv";

    /// <summary>One organisation's projections for a metric as CSV.</summary>
    public static string ProjectionsCsv(string code, string metric) => $"data/organisations/{code}/{metric}-projections.csv";

    /// <summary>The board packs listing.</summary>
    public const string BoardPacks = "/board-packs/";

    /// <summary>Where the board pack of an organisation for a period is published (by the board pack section, when it builds one).</summary>
    public static string BoardPack(string code, Period period) => $"board-packs/{code}/{period}.pdf";

    /// <summary>What changed for every organisation.</summary>
    public const string ChangesIndex = "/changes/";

    /// <summary>An organisation's "What changed since the last edition".</summary>
    public static string Changes(string code) => $"/organisations/{code}/changes/";

    /// <summary>An organisation's figures with where each came from.</summary>
    public static string Sources(string code) => $"/organisations/{code}/sources/";

    /// <summary>An organisation's plan coherence findings.</summary>
    public static string Coherence(string code) => $"/organisations/{code}/coherence/";

    /// <summary>An organisation's planning intelligence page: is the plan credible, promises kept and, for an ICB, who drives its gap.</summary>
    public static string Planning(string code) => $"/organisations/{code}/planning/";

    /// <summary>Every judged planned month of an organisation, as CSV.</summary>
    public static string PlanningCsv(string code) => $"data/planning/{code}.csv";

    /// <summary>Credibility, promises and gap contributions of an organisation, as JSON.</summary>
    public static string PlanningJson(string code) => $"data/planning/{code}.json";

    /// <summary>An organisation's provenance as JSON.</summary>
    public static string ProvenanceJson(string code) => $"data/provenance/{code}.json";

    /// <summary>The record of an edition.</summary>
    public static string EditionJson(Period period) => $"data/editions/{period}.json";

    /// <summary>A chart drawing of a page, kept beside it: <c>/organisations/RR8/charts/spc-ae_4hr-RR8.svg</c>, and <c>…-narrow.svg</c> for the phone drawing.</summary>
    /// <param name="pageRoute">The route of the page that shows the chart.</param>
    /// <param name="name">The chart's file name without extension (<see cref="ChartMarkup.FileName"/>), unique on the page.</param>
    /// <param name="narrow">True for the drawing laid out for a phone.</param>
    public static string ChartFile(string pageRoute, string name, bool narrow) => $"{pageRoute}charts/{name}{(narrow ? "-narrow" : string.Empty)}.svg";

    /// <summary>The anchor of a figure on the sources page, such as <c>ae_4hr-actual</c>.</summary>
    public static string FigureAnchor(string metric, string series) => $"{metric}-{series}";
}
