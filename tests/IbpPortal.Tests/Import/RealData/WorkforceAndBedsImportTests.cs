using IbpPortal.Import;
using IbpPortal.Model;

namespace IbpPortal.Tests.Import.RealData;

/// <summary>Workforce, sickness absence, KH03 beds and the ODS trust list imported from the files as published.</summary>
/// <remarks>Expected figures worked out by python3 from the raw files: the xlsx XML read with zipfile + ElementTree (workforce
/// sheet '3. NHSE, Org &amp; SG - FTE' columns Total / Nurses &amp; health visitors / HCHS Doctors; KH03 sheet 'NHS Trust by
/// Sector', the first 'General &amp; Acute' column under 'Available' and the second under 'Occupied'); sickness with csv.</remarks>
public sealed class WorkforceAndBedsImportTests : IDisposable
{
    private readonly ImportHarness _portal = new();

    public void Dispose() => _portal.Dispose();

    [RealDataFact]
    public void Workforce_table_3_fte_by_organisation()
    {
        var summary = _portal.Run("workforce", RealDataFolder.Files("workforce", ".xlsx"));
        var f = _portal.Figures();
        (string Org, double Total, double Nurses, double Doctors)[] august =
        [
            ("RJ1", 21434.93568, 6240.71682, 3148.30059),
            ("RAE", 6253.47334, 1555.20162, 808.33),
            ("RR8", 18519.92919, 4281.38209, 2483.33477),
        ];
        foreach (var (org, total, nurses, doctors) in august)
        {
            Assert.Equal(total, f[(org, "staff_fte", "2024-08")].Number, 5);
            Assert.Equal(nurses, f[(org, "nurses_fte", "2024-08")].Number, 5);
            Assert.Equal(doctors, f[(org, "doctors_fte", "2024-08")].Number, 5);
        }

        // England, region and ICS subtotal rows have no organisation code and are skipped; the month is the line above the header.
        Assert.Equal([new Period(2024, 8), new Period(2024, 9)], summary.Periods);
        Assert.True(summary.TotalRowsSkipped > 0);
    }

    [RealDataFact]
    public void Sickness_counts_are_imported_and_the_rate_is_their_ratio()
    {
        _portal.Run("sickness", RealDataFolder.Files("workforce_sickness_absence", ".csv"));
        var f = _portal.Figures();

        // April 2024 CSV: FTE_DAYS_LOST, FTE_DAYS_AVAILABLE (published rate 4.52, 5.45, 4.65).
        (string Org, double Lost, double Available)[] april = [("RJ1", 30312.49744, 670354.97579), ("RAE", 10549.23803, 193666.53999), ("RR8", 26760.64305, 576100.08785)];
        foreach (var (org, lost, available) in april)
        {
            Assert.Equal(lost, f[(org, "sickness_days_lost", "2024-04")].Number, 5);
            Assert.Equal(available, f[(org, "sickness_days_available", "2024-04")].Number, 5);
        }

        Assert.Equal(9, f.Keys.Count(k => k.Org == "RAE" && k.Metric == "sickness_days_lost"));
    }

    [RealDataFact]
    public void Kh03_general_and_acute_beds_are_stored_at_the_quarters_last_month()
    {
        var summary = _portal.Run("kh03", RealDataFolder.Files("beds_kh03", ".xlsx"));
        var f = _portal.Figures();
        (string Org, string Period, double Available, double Occupied)[] expected =
        [
            ("R1H", "2024-09", 1928.4347826086957, 1823.0978260869565),
            ("RJ1", "2024-09", 1247.2391304347825, 1006.7173913043479),
            ("RAE", "2024-09", 614.8478260869565, 536.28260869565213),
            ("RR8", "2024-09", 1677.4130434782608, 1606.5760869565217),
            ("RAE", "2024-12", 615.48913043478262, 557.22826086956525),
            ("RR8", "2024-12", 1681.5760869565217, 1664.141304347826),
        ];
        foreach (var (org, period, available, occupied) in expected)
        {
            Assert.Equal(available, f[(org, "ga_beds_available", period)].Number, 9);
            Assert.Equal(occupied, f[(org, "ga_beds_occupied", period)].Number, 9);
        }

        Assert.Equal([new Period(2024, 9), new Period(2024, 12)], summary.Periods);
        var metrics = File.ReadAllText(Path.Combine(_portal.DataFolder, "metrics.csv"));
        Assert.Contains(",frequency\n", metrics, StringComparison.Ordinal);
        Assert.Contains("ga_occupancy,", metrics, StringComparison.Ordinal);
        Assert.Contains(",quarterly\n", metrics, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Ods_list_names_context_trusts_with_their_icb_and_region()
    {
        _portal.Run("kh03", RealDataFolder.Files("beds_kh03", ".xlsx"));
        var diagnostics = new Diagnostics.DiagnosticBag();
        var line = OdsImport.Run(Path.Combine(RealDataFolder.Root!, "ods_etr_trusts.csv"), _portal.DataFolder, diagnostics);
        Assert.True(line is not null, string.Join("\n", diagnostics.Sorted()));
        var rows = File.ReadAllLines(Path.Combine(_portal.DataFolder, "context-organisations.csv"));

        // etr.csv row "RJ1","GUY'S AND ST THOMAS' NHS FOUNDATION TRUST","Y56","QKK",…: London, South East London ICB.
        Assert.Contains("RJ1,Guy's and St Thomas' NHS Foundation Trust,nhs_trust,,QKK,London", rows);
        Assert.Contains("R0A,Manchester University NHS Foundation Trust,nhs_trust,,QOP,North West", rows);

        // The portal's own trusts are not context; Welsh trusts (W00) are not English context.
        Assert.DoesNotContain(rows, r => r.StartsWith("RAE,", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("RQF,", StringComparison.Ordinal) || r.StartsWith("RT4,", StringComparison.Ordinal) || r.StartsWith("RYT,", StringComparison.Ordinal));
    }
}
