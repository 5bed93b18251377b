using IbpPortal.Build;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.Tests.Sharding;

/// <summary>The estimate that orders render units and balances shards, worked from a handful of rows.</summary>
public class UnitCostsTests
{
    [Fact]
    public void An_organisations_unit_costs_its_pages_and_files_plus_each_drawn_one_times_its_metrics_and_rows()
    {
        // Actuals: RAE m1 × 3 months, RAE m2 × 1, RBB m1 × 1. Plans: RAE m1 × 2, RAE m3 × 1.
        // RAE: rows 3 + 1 + 2 + 1 = 7; metrics {m1, m2, m3} = 3; weight 3 × 100 + 7 = 307.
        // RBB: rows 1; metrics {m1} = 1; weight 100 + 1 = 101.
        var actuals = new[] { Row("RAE", "m1", 1), Row("RAE", "m1", 2), Row("RAE", "m1", 3), Row("RAE", "m2", 1), Row("RBB", "m1", 1) };
        var plans = new[] { Row("RAE", "m1", 4), Row("RAE", "m1", 5), Row("RAE", "m3", 4) };
        var cost = UnitCosts.From(new PlanData([], [], actuals, plans, [], [], []));

        // A page and a pack (a paged document) are drawn; a CSV is not: RAE's unit = 3 items + 2 drawn × 307 = 617.
        var rae = Unit("RAE", pages: 1, documents: 1, plainFiles: 1);
        var rbb = Unit("RBB", pages: 1, documents: 0, plainFiles: 0);
        var loose = new RenderUnit("\0sitemap.xml", [new PlannedFile("sitemap.xml", _ => [])], []);

        Assert.Equal(617, cost(rae));
        Assert.Equal(1 + 101, cost(rbb));
        Assert.Equal(1, cost(loose));
    }

    private static Observation Row(string org, string metric, int month) =>
        new(org, metric, new Period(2025, month), DataValue.Of(month), SourceLocation.File("data/actuals.csv"));

    private static RenderUnit Unit(string org, int pages, int documents, int plainFiles)
    {
        var group = DataRoutes.OrganisationGroup(org);
        var files = Enumerable.Range(0, documents).Select(i => new PlannedFile($"board-packs/{org}/{i}.pdf", _ => []) { Group = group, Document = _ => null! })
            .Concat(Enumerable.Range(0, plainFiles).Select(i => new PlannedFile($"data/{org}-{i}.csv", _ => []) { Group = group }))
            .ToList();
        var planned = Enumerable.Range(0, pages).Select(i => new PlannedPage { Route = $"/organisations/{org}/{i}/", Title = org, Group = group }).ToList();
        return new RenderUnit(group, files, planned);
    }
}
