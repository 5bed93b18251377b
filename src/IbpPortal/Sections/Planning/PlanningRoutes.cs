namespace IbpPortal.Sections.Planning;

/// <summary>The addresses of the planning intelligence pages and downloads.</summary>
public static class PlanningRoutes
{
    /// <summary>An organisation's "Is the plan credible?" page, with promises kept and, for an ICB, who drives its gap.</summary>
    public static string Page(string code) => $"/organisations/{code}/planning/";

    /// <summary>Every judged planned month of an organisation, as CSV.</summary>
    public static string Csv(string code) => $"data/planning/{code}.csv";

    /// <summary>Credibility, promises and contributions of an organisation, as JSON.</summary>
    public static string Json(string code) => $"data/planning/{code}.json";
}
