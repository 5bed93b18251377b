using System.Text.RegularExpressions;
using IbpPortal.Tests.Harness;
using UglyToad.PdfPig;

namespace IbpPortal.Tests.Sample;

/// <summary>Issue #18 items 7–10 in the sample, for RR8 and QWO: each defect the reviews quoted, pinned so it cannot come back.</summary>
[Collection(SamplePortalGroup.Name)]
public sealed partial class SampleVerdictTests(SampleBuild sample)
{
    private string Page(string route) => Spaces().Replace(sample.Public.Page(route).Body!.TextContent, " ");

    private string Pack(string code)
    {
        using var document = PdfDocument.Open(Path.Combine(sample.Public.Output, $"board-packs/{code}/2019-03.pdf"));
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void RR8_beds_text_tells_its_runs_instead_of_no_significant_change()
    {
        // Before: "Common cause variation: no significant change" beside long orange and blue runs.
        var page = Page("/organisations/RR8/");
        var beds = Regex.Match(page, @"General and acute beds available, Leeds Teaching Hospitals NHS Trust \(RR8\), March 2019: [^.]*\.[^.]*\.").Value;
        Assert.Contains("In the current segment (Apr 2016 to Mar 2019):", beds, StringComparison.Ordinal);
        Assert.Contains("a shift below the mean", beds, StringComparison.Ordinal);
        Assert.DoesNotContain("no significant change", beds, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Common cause variation: no significant change", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RR8_emergency_admissions_are_rebased_at_the_October_2016_counting_change_with_its_reason()
    {
        // Before: 6,265 (Sep 2016) and 5,086 (Oct 2016) under one set of limits, 4,445 to 5,935.
        var page = Page("/organisations/RR8/");
        Assert.Contains("Re-based in Oct 2016: Counting change in the published NHS England figures", page, StringComparison.Ordinal);
        Assert.Contains("In the current segment (Oct 2016 to Mar 2019)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.Public.Result.Diagnostics, d => d.Code == "IBP2250" && d.Message.StartsWith("RR8 ", StringComparison.Ordinal));
        InPack("Re-based in Oct 2016", Pack("RR8"));
    }

    [Fact]
    public void RR8_commentary_and_tiles_name_the_same_trajectory_and_standard()
    {
        // Before: the commentary said "remains below the 95% standard" beside a tile "Target 92.0%".
        var pack = Pack("RR8");
        using (var document = PdfDocument.Open(Path.Combine(sample.Public.Output, "board-packs/RR8/2019-03.pdf")))
        {
            // The four-hour tile, read tile by tile.
            InPack("Plan 86.2% · Trajectory 92.0% from Jan 2019, was 91.0% (national standard 95.0%)", BoardPacks.PdfColumns.Text(document));
        }

        InPack("the target is the trajectory 92.0% from Jan 2019, was 91.0% (national standard 95.0%)", pack);
        InPack("trajectory for March (92%, raised from 91% in January) and further below the 95% national standard", pack);
        Assert.DoesNotContain("Target 92.0%", pack, StringComparison.Ordinal);
        Assert.Contains("trajectory 92.0% from Jan 2019, was 91.0% (national standard 95.0%)", Page("/organisations/RR8/"), StringComparison.Ordinal);
        // QWO has no trajectory of its own: the national standard is its target, named as such in page and pack.
        InPack("National standard 95.0%", Pack("QWO"));
        Assert.Contains("below the national standard 95.0%", Page("/organisations/QWO/"), StringComparison.Ordinal);
    }

    [Fact]
    public void RR8_and_QWO_formatting_keeps_units_and_one_scale()
    {
        // Before: "(92)" and "(4.5)" on the sources page, "6,115.0 WTE" medians, "-0.0%" on QWO's page, "icb" as a sector.
        var sources = Page("/organisations/RR8/sources/");
        Assert.Contains("(92.0%)", sources, StringComparison.Ordinal);
        Assert.Contains("(4.50%)", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("(92)", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("-0.0%", Page("/organisations/QWO/"), StringComparison.Ordinal);
        Assert.Contains("6,115 WTE", Page("/benchmarking/staff_wte/"), StringComparison.Ordinal);
        Assert.DoesNotContain("6,115.0", Page("/benchmarking/staff_wte/"), StringComparison.Ordinal);
        Assert.Contains("Case study: ICB", Page("/case-studies/nhs-urgent-care-system-planning/"), StringComparison.Ordinal);
    }

    [Fact]
    public void RR8_pack_lists_each_data_file_once_with_an_as_at_date_that_agrees_with_its_issue()
    {
        // Before: data/actuals.csv and data/data/actuals.csv; "as at 21 Apr 2020" in a pack issued 1 Apr 2019.
        foreach (var code in new[] { "RR8", "QWO" })
        {
            var pack = Pack(code);
            Assert.DoesNotContain("data/data/", pack, StringComparison.Ordinal);
            Assert.Equal(1, Regex.Count(pack, @"(?<![/\w])data/actuals\.csv"));
            InPack("Date of issue: 21 April 2020", pack);
            InPack("Data as at 21 Apr 2020, the pack's date of issue.", pack);
        }

        // Before: GP referrals (synthetic) captioned "NHS England A&E attendances … (via NHSRdatasets …)".
        var referrals = Spaces().Replace(sample.Public.Page("/organisations/RR8/sources/").QuerySelector("#referrals-actual")!.TextContent, " ");
        Assert.DoesNotContain("NHS England", referrals, StringComparison.Ordinal);
        Assert.Contains("Illustrative (synthetic) figures", referrals, StringComparison.Ordinal);
    }

    /// <summary>Asserts the pack's words hold <paramref name="expected"/> whatever the line breaks and word spacing; shows the nearest text when not.</summary>
    private static void InPack(string expected, string pack)
    {
        var squashed = Spaces().Replace(pack, string.Empty);
        var wanted = Spaces().Replace(expected, string.Empty);
        var near = squashed.IndexOf(wanted[..Math.Min(12, wanted.Length)], StringComparison.Ordinal);
        Assert.True(squashed.Contains(wanted, StringComparison.Ordinal),
            $"Not in the pack: {expected}\nNearest: {(near < 0 ? "none" : squashed.Substring(Math.Max(0, near - 40), Math.Min(200, squashed.Length - Math.Max(0, near - 40))))}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
