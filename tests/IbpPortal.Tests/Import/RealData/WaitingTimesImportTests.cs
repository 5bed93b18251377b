namespace IbpPortal.Tests.Import.RealData;

/// <summary>RTT, cancer and DM01 imported from NHS England's files exactly as published (../shared/realdata/nhse).</summary>
/// <remarks>Every expected figure was worked out from the raw file by a short python3 script, not by the importer:
/// RTT with zipfile + csv (Part_2, C_999 rows, summed over commissioners); cancer by reading the xlsx XML (unzip, sharedStrings,
/// sheet1) and summing WITHIN STANDARD and TOTAL TREATED by PERIOD, STANDARD and ORG CODE; DM01 with Debian's python3-xlrd
/// (sheet 'Provider', columns 'Total Waiting List' and 'Number waiting 6+ Weeks').</remarks>
public sealed class WaitingTimesImportTests : IDisposable
{
    private readonly ImportHarness _portal = new();

    public void Dispose() => _portal.Dispose();

    [RealDataFact]
    public void Rtt_zip_is_summed_over_commissioners_for_incomplete_pathways()
    {
        var summary = _portal.Run("rtt", RealDataFolder.Files("rtt", ".zip"));
        var f = _portal.Figures();

        // python3: RAE 31610 on the list, 20265 under 18 weeks, 70 over 52; RR8 86915 / 56929 / 1343; RJ1 107777 / 71640 / 1193.
        // Every Part_2 row leaves 'Total' blank and its week bands sum to 'Total All', so the known-clock-start count equals it.
        (string Org, double List, double Within, double Over)[] expected = [("RAE", 31610, 20265, 70), ("RR8", 86915, 56929, 1343), ("RJ1", 107777, 71640, 1193)];
        foreach (var (org, list, within, over) in expected)
        {
            Assert.Equal(list, f[(org, "rtt_waiting_list", "2026-01")].Number);
            Assert.Equal(within, f[(org, "rtt_within_18wk", "2026-01")].Number);
            Assert.Equal(list, f[(org, "rtt_known_clock_start", "2026-01")].Number);
            Assert.Equal(over, f[(org, "rtt_over_52wk", "2026-01")].Number);
        }

        // RJ1 is not in organisations.csv: it is England-wide context, not a portal organisation.
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(_portal.DataFolder, "actuals.csv")), l => l.StartsWith("RJ1,", StringComparison.Ordinal));
        Assert.Contains("RJ1", summary.SkippedOrganisations);
        Assert.Equal([new Model.Period(2026, 1)], summary.Periods);
    }

    [RealDataFact]
    public void Cancer_counts_are_summed_over_every_row_of_a_provider_and_standard()
    {
        _portal.Run("cancer", RealDataFolder.Files("cancer_cwt", ".xlsx"));
        var f = _portal.Figures();

        // April 2024 (PERIOD 45383) and March 2025 (45717), python3 over the xlsx XML: (within, total) per standard, summed as
        // floats: 62-day rows hold halves (a patient shared between two providers counts 0.5 to each), so whole-number
        // parsing would be wrong; these sums happen to be whole.
        (string Org, string Period, double Fds, double FdsTotal, double D31, double D31Total, double D62, double D62Total)[] expected =
        [
            ("RAE", "2024-04", 1331, 1664, 502, 528, 236, 317),
            ("RR8", "2024-04", 2890, 4063, 2426, 2892, 501, 864),
            ("RJ1", "2024-04", 1824, 2607, 1670, 2106, 221, 549),
            ("RAE", "2025-03", 1470, 1782, 438, 458, 237, 309),
            ("RR8", "2025-03", 3347, 3981, 2670, 2974, 538, 817),
            ("RJ1", "2025-03", 2108, 2640, 1860, 2038, 316, 564),
        ];
        foreach (var e in expected)
        {
            Assert.Equal(e.Fds, f[(e.Org, "cancer_fds_within", e.Period)].Number);
            Assert.Equal(e.FdsTotal, f[(e.Org, "cancer_fds_total", e.Period)].Number);
            Assert.Equal(e.D31, f[(e.Org, "cancer_31d_within", e.Period)].Number);
            Assert.Equal(e.D31Total, f[(e.Org, "cancer_31d_total", e.Period)].Number);
            Assert.Equal(e.D62, f[(e.Org, "cancer_62d_within", e.Period)].Number);
            Assert.Equal(e.D62Total, f[(e.Org, "cancer_62d_total", e.Period)].Number);
        }

        Assert.Equal(12, f.Keys.Where(k => k.Org == "RAE" && k.Metric == "cancer_fds_total").Count());
    }

    [RealDataFact]
    public void Dm01_xls_provider_sheet_is_read_below_its_title_rows()
    {
        var summary = _portal.Run("dm01", RealDataFolder.Files("diagnostics_dm01", ".xls"));
        var f = _portal.Figures();

        // python3-xlrd, sheet 'Provider' (header on row 14): August 2024 and November 2024.
        (string Org, string Period, double List, double Over6)[] expected =
        [
            ("RJ1", "2024-08", 33049, 15979), ("RAE", "2024-08", 7088, 1544), ("RR8", "2024-08", 15988, 1108),
            ("RJ1", "2024-11", 27480, 10919), ("RAE", "2024-11", 7827, 1113), ("RR8", "2024-11", 18463, 1265),
        ];
        foreach (var (org, period, list, over6) in expected)
        {
            Assert.Equal(list, f[(org, "dm01_waiting_list", period)].Number);
            Assert.Equal(over6, f[(org, "dm01_over_6wk", period)].Number);
        }

        // One England total row per workbook, skipped; 444 + 445 + 448 + 447 provider rows (the nhse README's counts).
        Assert.Equal(4, summary.TotalRowsSkipped);
        Assert.Equal(444 + 445 + 448 + 447, summary.ProviderRows);
    }

    [RealDataFact]
    public void Add_metrics_creates_the_contract_measures_with_their_ratios()
    {
        _portal.Run("rtt", RealDataFolder.Files("rtt", ".zip"));
        var (data, _) = LoadPortal();
        var rtt18 = data.Metrics.Single(m => m.Id == "rtt_18wk");
        Assert.Equal(("rtt_within_18wk", "rtt_known_clock_start", 65.0), (rtt18.Numerator, rtt18.Denominator, rtt18.Target));
        var rtt52 = data.Metrics.Single(m => m.Id == "rtt_52wk_pct");
        Assert.Equal(("rtt_over_52wk", "rtt_known_clock_start", 1.0), (rtt52.Numerator, rtt52.Denominator, rtt52.Target));
        Assert.Contains("2025/26 priorities and operational planning guidance", rtt18.Description, StringComparison.Ordinal);
    }

    private (Model.PlanData Data, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics) LoadPortal()
    {
        var bag = new Diagnostics.DiagnosticBag();
        return (Load.Data.PlanDataLoader.Load(_portal.Root, bag), bag.Sorted());
    }
}
