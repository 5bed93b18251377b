using IbpPortal.Diagnostics;
using IbpPortal.Import;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Tests.Data;

namespace IbpPortal.Tests.Import;

/// <summary>Imports two of NHS England's monthly files exactly as published (copied from realdata/ae_monthly_2024_25).</summary>
/// <remarks>2024-09.csv has six stray empty columns (one headed 'a') and a 'Total' row; 2025-03.csv a 'TOTAL' row.</remarks>
public sealed class NhseAeImportTests : IDisposable
{
    private static readonly string September = Path.Combine(AppContext.BaseDirectory, "Import", "TestData", "2024-09.csv");
    private static readonly string March = Path.Combine(AppContext.BaseDirectory, "Import", "TestData", "2025-03.csv");

    private readonly TempPortal _portal = TempPortal.With("""
        -- data/organisations.csv --
        code,name,type,icb,region,peer_group
        QKK,NHS South East London ICB,icb,,London,
        QUE,NHS Devon ICB,icb,,South West,
        RJ1,Guy's and St Thomas' NHS Foundation Trust,trust,QKK,London,
        RA9,Torbay and South Devon NHS Foundation Trust,trust,QUE,South West,
        -- data/actuals.csv --
        org,metric,period,value
        RJ1,beds,2025-03,1400
        """);

    private string DataFolder => Path.Combine(_portal.Root, "data");

    private string ActualsPath => Path.Combine(DataFolder, "actuals.csv");

    public void Dispose() => _portal.Dispose();

    [Fact]
    public void Known_trusts_figures_match_the_published_file_with_booked_appointments_included()
    {
        var summary = Run(September, March);

        // Expected values computed independently from the raw file:
        // python3 -c "import csv; r=[r for r in csv.reader(open('2025-03.csv',newline='')) if r[1]=='RA9'][0]; v=[int(x) for x in r[4:22]];
        //   a=sum(v[0:6]); b=sum(v[6:12]); print(a, v[0]+v[3], b, a-b, sum(v[14:17]))"   -> 10567 7055 3187 7380 2305
        // (RA9 has booked appointments: 405 type 1 and 154 other; 160 + 3 of them over 4 hours.)
        var rows = ReadActuals();
        Assert.Equal(10567, rows[("RA9", NhseAeMetrics.Attendances, "2025-03")]);
        Assert.Equal(7055, rows[("RA9", NhseAeMetrics.AttendancesType1, "2025-03")]);
        Assert.Equal(3187, rows[("RA9", NhseAeMetrics.Breaches, "2025-03")]);
        Assert.Equal(7380, rows[("RA9", NhseAeMetrics.Within4Hours, "2025-03")]);
        Assert.Equal(2305, rows[("RA9", NhseAeMetrics.EmergencyAdmissions, "2025-03")]);

        // 'Patients who have waited 12+ hrs from DTA to admission', read with python3's csv module from the raw files:
        // RA9 2025-03 -> 45, RJ1 2025-03 -> 71, RJ1 2024-09 -> 87.
        Assert.Equal(45, rows[("RA9", NhseAeMetrics.Dta12Hours, "2025-03")]);
        Assert.Equal(71, rows[("RJ1", NhseAeMetrics.Dta12Hours, "2025-03")]);
        Assert.Equal(87, rows[("RJ1", NhseAeMetrics.Dta12Hours, "2024-09")]);

        // Same one-liner over 2024-09.csv for RJ1 -> 17211 10047 4411 12800 2045 (the file with stray columns).
        Assert.Equal(17211, rows[("RJ1", NhseAeMetrics.Attendances, "2024-09")]);
        Assert.Equal(10047, rows[("RJ1", NhseAeMetrics.AttendancesType1, "2024-09")]);
        Assert.Equal(4411, rows[("RJ1", NhseAeMetrics.Breaches, "2024-09")]);
        Assert.Equal(12800, rows[("RJ1", NhseAeMetrics.Within4Hours, "2024-09")]);
        Assert.Equal(2045, rows[("RJ1", NhseAeMetrics.EmergencyAdmissions, "2024-09")]);

        Assert.Equal(2, summary.FilesRead);
        Assert.Equal([new Period(2024, 9), new Period(2025, 3)], summary.Periods);
        Assert.Equal(24, summary.Added);
        Assert.Equal(0, summary.Unchanged);
        Assert.Empty(summary.Changed);
    }

    [Fact]
    public void Providers_outside_the_portal_are_kept_as_england_context_with_the_published_figures()
    {
        Run(March);

        // A third and fourth provider, worked out from the raw 2025-03.csv with the same python3 one-liner as above
        // (r[4:22] as v: attendances sum(v[0:6]), type 1 v[0]+v[3], over 4 hours sum(v[6:12]), within = the difference,
        // emergency admissions sum(v[14:17]), 12-hour DTA waits column 'Patients who have waited 12+ hrs from DTA to admission'):
        // RAE (Bradford) -> 13545 9248 2308 11237 2647 97; RR8 (Leeds) -> 31586 18023 6545 25041 3721 299.
        var diagnostics = new DiagnosticBag();
        var context = PlanDataLoader.Load(_portal.Root, diagnostics).ContextActuals
            .ToDictionary(a => (a.Org, a.Metric, a.Period.ToString()), a => a.Value.Number);
        (string Org, double All, double Type1, double Over4, double Within4, double Admissions, double Dta12)[] expected =
        [
            ("RAE", 13545, 9248, 2308, 11237, 2647, 97),
            ("RR8", 31586, 18023, 6545, 25041, 3721, 299),
        ];
        foreach (var e in expected)
        {
            Assert.Equal(e.All, context[(e.Org, NhseAeMetrics.Attendances, "2025-03")]);
            Assert.Equal(e.Type1, context[(e.Org, NhseAeMetrics.AttendancesType1, "2025-03")]);
            Assert.Equal(e.Over4, context[(e.Org, NhseAeMetrics.Breaches, "2025-03")]);
            Assert.Equal(e.Within4, context[(e.Org, NhseAeMetrics.Within4Hours, "2025-03")]);
            Assert.Equal(e.Admissions, context[(e.Org, NhseAeMetrics.EmergencyAdmissions, "2025-03")]);
            Assert.Equal(e.Dta12, context[(e.Org, NhseAeMetrics.Dta12Hours, "2025-03")]);
        }

        Assert.DoesNotContain(ReadActuals().Keys, k => k.Org == "RAE");
    }

    [Fact]
    public void England_total_rows_are_skipped_and_other_providers_counted_as_skipped()
    {
        var summary = Run(September, March);

        // 197 September providers + 198 March providers; one total row each ('Total' and 'TOTAL').
        Assert.Equal(395, summary.ProviderRows);
        Assert.Equal(2, summary.TotalRowsSkipped);
        Assert.DoesNotContain(summary.SkippedOrganisations, o => o.Equals("TOTAL", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("C83023", summary.SkippedOrganisations);
        Assert.DoesNotContain("RJ1", summary.SkippedOrganisations);
        Assert.DoesNotContain(ReadActuals().Keys, k => k.Org.Equals("TOTAL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Output_is_sorted_with_header_and_lf_and_keeps_other_metrics()
    {
        Run(March);
        var text = File.ReadAllText(ActualsPath);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("org,metric,period,value", lines[0]);
        Assert.Equal(
            [
                "RA9,ae_12hr_dta,2025-03,45",
                "RA9,ae_attendances,2025-03,10567",
                "RA9,ae_attendances_type1,2025-03,7055",
                "RA9,ae_breaches,2025-03,3187",
                "RA9,ae_within_4hr,2025-03,7380",
                "RA9,emergency_admissions,2025-03,2305",
                "RJ1,ae_12hr_dta,2025-03,71",
                "RJ1,ae_attendances,2025-03,18104",
                "RJ1,ae_attendances_type1,2025-03,10247",
                "RJ1,ae_breaches,2025-03,3779",
                "RJ1,ae_within_4hr,2025-03,14325",
                "RJ1,beds,2025-03,1400",
                "RJ1,emergency_admissions,2025-03,2054",
            ],
            lines[1..]);
    }

    [Fact]
    public void Rerun_is_idempotent()
    {
        Run(September, March);
        var before = File.ReadAllBytes(ActualsPath);
        var summary = Run(September, March);
        Assert.Equal(0, summary.Added);
        Assert.Empty(summary.Changed);
        Assert.Equal(24, summary.Unchanged);
        Assert.Equal(before, File.ReadAllBytes(ActualsPath));
    }

    [Fact]
    public void Revised_value_is_reported_as_changed_old_to_new()
    {
        Run(March);
        var revised = Path.Combine(_portal.Root, "revised.csv");
        File.WriteAllText(revised, File.ReadAllText(March).Replace(
            "MSitAE-MARCH-2025,RJ1,NHS ENGLAND LONDON,GUY'S AND ST THOMAS' NHS FOUNDATION TRUST,10247,",
            "MSitAE-MARCH-2025,RJ1,NHS ENGLAND LONDON,GUY'S AND ST THOMAS' NHS FOUNDATION TRUST,10250,",
            StringComparison.Ordinal));
        var summary = Run(revised);
        Assert.Equal(0, summary.Added);
        Assert.Equal(9, summary.Unchanged);
        Assert.Equal(
            [
                "RJ1 ae_attendances 2025-03: 18104 → 18107",
                "RJ1 ae_attendances_type1 2025-03: 10247 → 10250",
                "RJ1 ae_within_4hr 2025-03: 14325 → 14328",
            ],
            summary.Changed.Select(c => c.ToString()));
        Assert.Contains(summary.ToLines(), l => l.EndsWith("data/actuals.csv: 0 row(s) added, 3 changed, 9 unchanged.", StringComparison.Ordinal));
    }

    [Fact]
    public void File_with_wrong_headers_is_an_error_at_line_one_and_nothing_is_written()
    {
        var wrong = Path.Combine(_portal.Root, "wrong.csv");
        File.WriteAllText(wrong, "org,metric,period,value\r\nRJ1,ae_attendances,2025-03,1\r\n");
        var before = File.ReadAllBytes(ActualsPath);
        var diagnostics = new DiagnosticBag();
        Assert.Null(NhseAeImport.Run([September, wrong], DataFolder, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DataDiagnosticCodes.ImportNotAeFormat, error.Code);
        Assert.Equal(new SourceLocation(wrong.Replace('\\', '/'), 1), error.Location);
        Assert.StartsWith("this is not an NHS England monthly A&E provider CSV: its header lacks 'Org Code', 'A&E attendances Type 1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(ActualsPath));
    }

    [Fact]
    public void Bad_period_and_bad_count_are_reported_at_their_lines()
    {
        var lines = File.ReadAllLines(March);
        lines[1] = lines[1].Replace("MSitAE-MARCH-2025", "March 2025", StringComparison.Ordinal);
        var zero = lines[2].IndexOf(",0,", StringComparison.Ordinal);
        lines[2] = lines[2][..zero] + ",n/a," + lines[2][(zero + 3)..];
        var bad = Path.Combine(_portal.Root, "bad.csv");
        File.WriteAllLines(bad, lines);
        var diagnostics = new DiagnosticBag();
        Assert.Null(NhseAeImport.Run([bad], DataFolder, diagnostics));
        Assert.Equal(
            [$"{bad.Replace('\\', '/')}:2: IBP2102", $"{bad.Replace('\\', '/')}:3: IBP2103"],
            diagnostics.Sorted().Select(d => $"{d.Location}: {d.Code}"));
    }

    [Theory]
    [InlineData("9223372036854775807", "is 9223372036854775807, more than a provider could see in a month")]
    [InlineData("-5", "is -5, a negative count")]
    public void A_count_no_provider_could_have_is_an_error_at_its_line_not_an_overflow(string count, string expected)
    {
        // Issue 24: 9223372036854775807 threw OverflowException when the parts were summed.
        var lines = File.ReadAllLines(March);
        var fields = lines[2].Split(',');
        fields[4] = count;
        lines[2] = string.Join(',', fields);
        var bad = Path.Combine(_portal.Root, "bad.csv");
        File.WriteAllLines(bad, lines);
        var before = File.ReadAllBytes(ActualsPath);
        var diagnostics = new DiagnosticBag();

        Assert.Null(NhseAeImport.Run([bad], DataFolder, diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DataDiagnosticCodes.ImportCountOutOfRange, 3), (error.Code, error.Location.Line));
        Assert.Equal($"'A&E attendances Type 1' {expected}", error.Message.Split(" (")[0]);
        Assert.Equal(before, File.ReadAllBytes(ActualsPath));
    }

    [Fact]
    public void A_folder_is_reported_as_a_folder_with_the_files_it_holds()
    {
        var folder = Path.Combine(_portal.Root, "downloads");
        Directory.CreateDirectory(folder);
        File.Copy(March, Path.Combine(folder, "2025-03.csv"));
        File.Copy(September, Path.Combine(folder, "2024-09.csv"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(NhseAeImport.Run([folder], DataFolder, diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DataDiagnosticCodes.ImportFolderGiven, error.Code);
        Assert.Equal($"{folder.Replace('\\', '/')}: error IBP2108: this is a folder, not a file (it holds 2024-09.csv, 2025-03.csv); give the files themselves, such as {Path.Combine(folder, "*.csv")}", error.ToString());
    }

    [Fact]
    public void Same_month_given_twice_is_one_error_and_a_missing_file_is_reported()
    {
        var copy = Path.Combine(_portal.Root, "march-again.csv");
        File.Copy(March, copy);
        var diagnostics = new DiagnosticBag();
        Assert.Null(NhseAeImport.Run([March, copy, "no-such-file.csv"], DataFolder, diagnostics));
        var sorted = diagnostics.Sorted();
        Assert.Equal(2, sorted.Count);
        var duplicate = sorted.Single(d => d.Code == DataDiagnosticCodes.ImportDuplicateProvider);
        Assert.Equal(2, duplicate.Location.Line);
        Assert.Contains("197 more providers of 2025-03 are in both", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("no-such-file.csv", 0), sorted.Single(d => d.Code == DataDiagnosticCodes.ImportFileNotFound).Location);
    }

    [Fact]
    public void Extra_columns_in_existing_actuals_stop_the_import()
    {
        _portal.Write("data/actuals.csv", "org,metric,period,value,note\nRJ1,beds,2025-03,1400,checked\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(NhseAeImport.Run([March], DataFolder, diagnostics));
        Assert.Equal(DataDiagnosticCodes.ImportExtraColumns, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Theory]
    [InlineData("MSitAE-APRIL-2025", 2025, 4)]
    [InlineData("MSitAE-September-2024", 2024, 9)]
    public void Published_period_is_read_as_a_month(string text, int year, int month)
    {
        Assert.True(NhseAeFile.TryPeriod(text, out var period));
        Assert.Equal(new Period(year, month), period);
    }

    private ImportSummary Run(params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var summary = NhseAeImport.Run(files, DataFolder, diagnostics);
        Assert.True(summary is not null, string.Join("\n", diagnostics.Sorted()));
        return summary;
    }

    private Dictionary<(string Org, string Metric, string Period), double> ReadActuals()
    {
        var diagnostics = new DiagnosticBag();
        var data = PlanDataLoader.Load(_portal.Root, diagnostics);
        return data.Actuals.ToDictionary(a => (a.Org, a.Metric, a.Period.ToString()), a => a.Value.Number);
    }
}
