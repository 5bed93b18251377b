using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Import.RealData;

/// <summary>What the import does with wrong or edited files: every problem at once, located, and <c>data/</c> untouched.</summary>
/// <remarks>Built from the real April 2024 sickness CSV (RAE is line 277, RJ1 line 18) and the real workbooks.</remarks>
public sealed class BadInputImportTests : IDisposable
{
    private readonly ImportHarness _portal = new();

    public void Dispose() => _portal.Dispose();

    private static string April => Path.Combine(RealDataFolder.Nhse("workforce_sickness_absence"), "NHS Sickness Absence rates CSV, April 2024.csv");

    [RealDataFact]
    public void A_file_of_another_publication_names_the_publication_and_the_first_row()
    {
        var dm01 = RealDataFolder.Files("diagnostics_dm01", ".xls")[0];
        var errors = _portal.Fail("cancer", dm01, April);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DataDiagnosticCodes.ImportWrongLayout, e.Code));
        Assert.Equal($"{dm01.Replace('\\', '/')}:Provider:1", errors.Single(e => e.Location.Path.Contains(".xls", StringComparison.Ordinal)).Location.ToString());
        Assert.Contains("cancer waiting times", errors[0].Message, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void A_missing_sheet_lists_the_sheets_there_are()
    {
        var error = Assert.Single(_portal.Fail("workforce", RealDataFolder.Files("beds_kh03", ".xlsx")[0]));
        Assert.Equal(DataDiagnosticCodes.ImportMissingSheet, error.Code);
        Assert.Contains("no sheet '3. NHSE, Org & SG - FTE'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'NHS Trust by Sector'", error.Message, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Bad_codes_values_and_a_missing_column_are_all_reported_and_nothing_is_written()
    {
        var lines = File.ReadAllLines(April);
        lines[276] = lines[276].Replace(",RAE,", ",rae!,", StringComparison.Ordinal);
        lines[17] = lines[17].Replace("30312.49744", "n/a", StringComparison.Ordinal);
        var edited = Write("edited.csv", lines);
        var renamed = Write("renamed.csv", [lines[0].Replace("FTE_DAYS_LOST", "DAYS_LOST", StringComparison.Ordinal), .. lines[1..]]);
        var before = Snapshot();

        var errors = _portal.Fail("sickness", edited, renamed, "missing.csv");
        Assert.Equal(
            [
                $"{edited}:18: {DataDiagnosticCodes.ImportInvalidValue}",
                $"{edited}:277: {DataDiagnosticCodes.ImportInvalidOdsCode}",
                $"missing.csv: {DataDiagnosticCodes.ImportFileNotFound}",
                $"{renamed}:1: {DataDiagnosticCodes.ImportWrongLayout}",
            ],
            errors.Select(e => $"{e.Location}: {e.Code}").OrderBy(s => s.Contains("renamed", StringComparison.Ordinal)).ThenBy(s => s.StartsWith("missing", StringComparison.Ordinal)).ThenBy(s => s, StringComparer.Ordinal));
        Assert.Contains("'FTE_DAYS_LOST'", errors.Single(e => e.Code == DataDiagnosticCodes.ImportWrongLayout).Message, StringComparison.Ordinal);
        Assert.Contains("'ORG_CODE' is 'rae!', which is not an ODS organisation code", errors.Single(e => e.Code == DataDiagnosticCodes.ImportInvalidOdsCode).Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [RealDataFact]
    public void Suppressed_and_blank_cells_stay_absent_never_zero()
    {
        var lines = File.ReadAllLines(April);
        lines[276] = lines[276].Replace("10549.23803", "*", StringComparison.Ordinal).Replace("193666.53999", string.Empty, StringComparison.Ordinal);
        _portal.Run("sickness", Write("suppressed.csv", lines));
        var actuals = File.ReadAllLines(Path.Combine(_portal.DataFolder, "actuals.csv"));
        Assert.Contains("RAE,sickness_days_lost,2024-04,*", actuals);
        Assert.Contains("RAE,sickness_days_available,2024-04,", actuals);
    }

    [RealDataFact]
    public void A_revised_edition_lists_each_restated_figure_and_the_same_file_twice_changes_nothing()
    {
        _portal.Run("sickness", April);
        var first = Snapshot();
        var again = _portal.Run("sickness", April);
        Assert.Equal(first, Snapshot());
        Assert.Equal((0, 0), (again.Added, again.Changed.Count));

        // The revised edition restates RAE's days lost and no longer has RJ1 (a context provider).
        var lines = File.ReadAllLines(April).ToList();
        lines[276] = lines[276].Replace("10549.23803", "10600", StringComparison.Ordinal);
        lines.RemoveAt(17);
        var revised = _portal.Run("sickness", Write("revised.csv", lines));
        Assert.Equal(["RAE sickness_days_lost 2024-04: 10549.23803 → 10600"], revised.Changed.Select(c => c.ToString()));
        Assert.Equal(
            ["RJ1 sickness_days_available 2024-04: 670354.97579 → (removed)", "RJ1 sickness_days_lost 2024-04: 30312.49744 → (removed)"],
            revised.ContextChanged!.Select(c => c.ToString()));
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_portal.Root, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path.Replace('\\', '/');
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_portal.DataFolder).ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
}
