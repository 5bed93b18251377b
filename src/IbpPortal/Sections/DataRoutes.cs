using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>The addresses of the benchmarking, organisation and data pages, decided in one place.</summary>
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

    /// <summary>Where the board pack of an organisation for a period is published (by the board pack section, when it builds one).</summary>
    public static string BoardPack(string code, Period period) => $"board-packs/{code}/{period}.pdf";
}
