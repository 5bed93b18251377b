using IbpPortal.Build;
using IbpPortal.Editions;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Editions;

public sealed class TwoEditionTests : IDisposable
{
    // Five trusts; RA1 is steady around 100 for 13 months, RA2 ten above it, RA3 ten below, RA4 and RA5 further below.
    // The measure is a rate (ranks need a comparable measure and at least five organisations, issue #18).
    private const string Organisations = """
        -- data/organisations.csv --
        code,name,type,icb,region,peer_group
        RA1,Alpha NHS Trust,trust,,Test region,Acute
        RA2,Bravo NHS Trust,trust,,Test region,Acute
        RA3,Charlie NHS Trust,trust,,Test region,Acute
        RA4,Delta NHS Trust,trust,,Test region,Acute
        RA5,Echo NHS Trust,trust,,Test region,Acute
        -- data/metrics.csv --
        id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
        beds,Beds open,capacity,rate,increase,0,,,,sum,Beds open per 100 population.
        -- input/index.md --
        ---
        title: Home
        ---
        Home.
        -- data/plans.csv --
        org,metric,period,value
        """;

    private static readonly int[] Steady = [100, 102, 98, 101, 99, 100, 103, 97, 100, 101, 99, 100, 102];

    private readonly SiteFixture _site = SiteFixture.Create(Organisations + "\n-- portal.yml --\nreporting_period: 2019-01\n" + Actuals(june: 100, february: null));

    public void Dispose() => _site.Dispose();

    private static string Actuals(int june, int? february)
    {
        var lines = new List<string> { "-- data/actuals.csv --", "org,metric,period,value" };
        for (var i = 0; i < Steady.Length; i++)
        {
            var period = new Model.Period(2018, 1).AddMonths(i);
            var ra1 = period == new Model.Period(2018, 6) ? june : Steady[i];
            lines.Add($"RA1,beds,{period},{ra1}");
            lines.Add($"RA2,beds,{period},{Steady[i] + 10}");
            lines.Add($"RA3,beds,{period},{Steady[i] - 10}");
        }

        if (february is { } feb)
        {
            lines.Add($"RA1,beds,2019-02,{feb}");
            lines.Add("RA2,beds,2019-02,110");
            lines.Add("RA3,beds,2019-02,90");
        }

        // Appended last so that RA1's line numbers stay as the assertions below name them.
        var months = Steady.Select((v, i) => (Period: new Model.Period(2018, 1).AddMonths(i).ToString(), Value: v)).ToList();
        if (february is not null)
        {
            months.Add(("2019-02", 100));
        }

        foreach (var (period, value) in months)
        {
            lines.Add($"RA4,beds,{period},{value - 20}");
            lines.Add($"RA5,beds,{period},{value - 30}");
        }

        return string.Join("\n", lines) + "\n";
    }

    private BuildResult BuildOk(bool @internal = false)
    {
        var result = _site.Build(@internal: @internal);
        Assert.True(result.Succeeded, string.Join("\n", _site.Messages));
        return result;
    }

    private static List<string> Rows(AngleSharp.Dom.IDocument page, string table) =>
        [.. page.QuerySelectorAll($"#{table} tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))];

    [Fact]
    public void First_edition_says_there_is_nothing_to_compare_with()
    {
        BuildOk();
        var page = _site.Page("/organisations/RA1/changes/");
        Assert.NotNull(page.QuerySelector("#first-edition"));
        Assert.Null(page.QuerySelector("#table-signals"));
        Assert.Contains("data/editions/2019-01.json", _site.OutputFiles());
        Assert.Equal("Part I (public)", _site.Page("/changes/").QuerySelector(".ibp-edition")!.TextContent);
    }

    [Fact]
    public void Second_edition_lists_exactly_the_revised_month_the_new_signal_and_the_rank_move()
    {
        BuildOk();
        // Edition 2: February is added (RA1 jumps to 115, outside its limits, and overtakes RA2) and June 2018 is revised from 100 to 101.
        _site.Write(Organisations + "\n-- portal.yml --\nreporting_period: 2019-02\n" + Actuals(june: 101, february: 115));
        var second = BuildOk();
        // With rows in their tables, the changes layouts use only names their typed models have (issue #17); the sample,
        // a first edition, leaves these loops empty.
        Assert.DoesNotContain(second.UndefinedNames, n => n.StartsWith("theme/layouts/changes", StringComparison.Ordinal));

        var page = _site.Page("/organisations/RA1/changes/");
        Assert.Contains("since the January 2019 edition", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var signal = Assert.Single(Rows(page, "table-signals"));
        Assert.StartsWith("Beds open | Feb 2019 | Improvement | a point outside the process limits | 115", signal, StringComparison.Ordinal);
        // Data lines are technical details (issue #21), listed with each change in the disclosure.
        var lines = Rows(page, "table-lines");
        Assert.Contains(lines, l => l.StartsWith("Beds open | New signal, Feb 2019 | data/actuals.csv:41", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Beds open | Restated, Jun 2018 | data/actuals.csv:17", StringComparison.Ordinal));
        var rank = Assert.Single(Rows(page, "table-ranks"));
        Assert.StartsWith("Beds open | 2 of 5 (Jan 2019) | 1 of 5 (Feb 2019) | up 1 place", rank, StringComparison.Ordinal);
        var restated = Assert.Single(Rows(page, "table-restated"));
        Assert.Equal("Beds open | Jun 2018 | 100 | 101", restated);
        Assert.Empty(Rows(page, "table-assurance"));

        // Both editions' records stay published; the index counts RA1's three changes.
        Assert.Contains("data/editions/2019-01.json", _site.OutputFiles());
        Assert.Contains("data/editions/2019-02.json", _site.OutputFiles());
        var ra1 = _site.Page("/changes/").QuerySelector("#table-changes tr[data-org='RA1']")!;
        Assert.Equal(["1", "0", "1", "1"], ra1.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()).ToList());
    }

    [Fact]
    public void Internal_build_says_it_is_part_two()
    {
        BuildOk(@internal: true);
        Assert.Equal("Part II (internal)", _site.Page("/organisations/RA1/changes/").QuerySelector(".ibp-edition")!.TextContent);
        Assert.Contains("\"edition\": \"internal\"", _site.File("data/editions/2019-01.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Edition_record_carries_the_data_hash_and_is_deterministic()
    {
        BuildOk();
        var json = _site.File("data/editions/2019-01.json");
        var files = Directory.EnumerateFiles(Path.Combine(_site.Root, "data"))
            .Select(f => new IbpPortal.Provenance.DataFileHash("data/" + Path.GetFileName(f), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(f)))));
        var expected = IbpPortal.Provenance.DataFingerprint.Of(files);
        Assert.Contains($"\"sha256\": \"{expected.Combined}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"data/actuals.csv\"", json, StringComparison.Ordinal);

        var record = EditionJson.Read(System.Text.Encoding.UTF8.GetBytes(json), out var problem);
        Assert.NotNull(record);
        Assert.Null(problem);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(EditionJson.Write(record)));

        using var twin = SiteFixture.Create(Organisations + "\n-- portal.yml --\nreporting_period: 2019-01\n" + Actuals(june: 100, february: null));
        Assert.True(twin.Build().Succeeded);
        Assert.Equal(json, twin.File("data/editions/2019-01.json"));
    }
}
