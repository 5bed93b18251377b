using System.Globalization;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sections;

public sealed class BenchmarkingPagesTests : IDisposable
{
    // Four trusts in one ICB. Four-hour performance in Mar 2019 (seen / attendances):
    // RA4 95/100 = 95%, RA1 90/100 = 90%, RA2 80/100 = 80%, RA3 10/50 = 20%.
    internal const string Data = """
        -- data/organisations.csv --
        code,name,type,icb,region,peer_group
        QAA,NHS Test ICB,icb,,Test region,ICB
        RA1,Alpha Hospitals NHS Trust,trust,QAA,Test region,Large acute
        RA2,"Bravo, <script>alert(1)</script> NHS Trust",trust,QAA,Test region,Large acute
        RA3,Charlie NHS Trust,trust,QAA,Test region,Medium acute
        RA4,Delta NHS Trust,trust,QAA,Test region,Medium acute
        RA5,Echo NHS Trust,trust,QAA,Test region,Medium acute
        -- data/metrics.csv --
        id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
        attend,A&E attendances,demand,count,neutral,0,,,,sum,All attendances.
        seen,Seen within 4 hours,performance,count,increase,0,,,,sum,Attendances seen within four hours.
        ae_4hr,Four-hour performance,performance,percent,increase,1,95,seen,attend,none,Share seen within four hours.
        beds,Beds open,capacity,count,increase,0,,,,sum,Beds open. Illustrative (synthetic) figures.
        -- data/actuals.csv --
        org,metric,period,value
        RA1,seen,2019-01,88
        RA1,seen,2019-02,89
        RA1,seen,2019-03,90
        RA1,attend,2019-01,100
        RA1,attend,2019-02,100
        RA1,attend,2019-03,100
        RA2,seen,2019-01,80
        RA2,seen,2019-02,80
        RA2,seen,2019-03,80
        RA2,attend,2019-01,100
        RA2,attend,2019-02,100
        RA2,attend,2019-03,100
        RA3,seen,2019-01,10
        RA3,seen,2019-02,10
        RA3,seen,2019-03,10
        RA3,attend,2019-01,50
        RA3,attend,2019-02,50
        RA3,attend,2019-03,50
        RA4,seen,2019-01,95
        RA4,seen,2019-02,95
        RA4,seen,2019-03,95
        RA4,attend,2019-01,100
        RA4,attend,2019-02,100
        RA4,attend,2019-03,100
        RA5,seen,2019-01,70
        RA5,seen,2019-02,70
        RA5,seen,2019-03,70
        RA5,attend,2019-01,100
        RA5,attend,2019-02,100
        RA5,attend,2019-03,100
        RA1,beds,2019-01,400
        RA1,beds,2019-02,*
        RA1,beds,2019-03,410
        RA2,beds,2019-03,300
        -- data/plans.csv --
        org,metric,period,value
        RA1,seen,2019-03,92
        """;

    private readonly SiteFixture _site;

    public BenchmarkingPagesTests() => _site = SiteFixture.Create(Data + """

        -- input/index.md --
        ---
        title: Home
        ---
        Alpha was at {{< kpi org="RA1" metric="ae_4hr" >}} in March.

        {{< spc org="RA1" metric="beds" >}}

        {{< benchmark metric="ae_4hr" >}}
        """);

    public void Dispose() => _site.Dispose();

    private void BuildOk()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", _site.Messages));
    }

    private static List<string> Column(AngleSharp.Dom.IElement table, int index) =>
        [.. table.QuerySelectorAll("tbody tr").Select(r => r.Children[index].TextContent.Trim())];

    [Fact]
    public void Metric_page_ranks_trusts_best_first_with_quartile_tags()
    {
        BuildOk();
        var page = _site.Page("/benchmarking/ae_4hr/");
        var table = page.QuerySelector("#table-trusts")!;
        var codes = table.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-org")).ToList();
        Assert.Equal(["RA4", "RA1", "RA2", "RA5", "RA3"], codes);
        Assert.Equal(["95.0%", "90.0%", "80.0%", "70.0%", "20.0%"], Column(table, 1));
        Assert.Equal(["1 of 5", "2 of 5", "3 of 5", "4 of 5", "5 of 5"], Column(table, 2));
        // QUARTILE.INC of 20, 70, 80, 90, 95 (h = 4p): 70, 80, 90; 90 sits on the upper cut, so it takes Q1.
        Assert.Equal(["Q1 (best 25%)", "Q1 (best 25%)", "Q2 (above median)", "Q3 (below median)", "Q4 (worst 25%)"], Column(table, 3));
        Assert.Contains("Ranks and quartiles are of 5 trusts in this portal with a figure.", page.QuerySelector("#table-trusts")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains("nhsuk-tag--green", table.QuerySelector("tbody tr td:nth-child(4) strong")!.ClassName, StringComparison.Ordinal);
        Assert.NotNull(table.QuerySelector("caption.nhsuk-table__caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public void Peer_groups_are_server_rendered_and_the_filter_is_hidden_without_script()
    {
        BuildOk();
        var page = _site.Page("/benchmarking/ae_4hr/");
        Assert.Equal(["RA1", "RA2"], page.QuerySelectorAll("#table-peer-large-acute tbody tr").Select(r => r.GetAttribute("data-org")).ToList());
        Assert.Equal(["RA4", "RA5", "RA3"], page.QuerySelectorAll("#table-peer-medium-acute tbody tr").Select(r => r.GetAttribute("data-org")).ToList());
        var filter = page.QuerySelector(".ibp-peer-filter")!;
        Assert.True(filter.HasAttribute("hidden"));
        Assert.Equal("table-trusts", filter.QuerySelector("select")!.GetAttribute("data-ibp-peer-filter"));
    }

    [Fact]
    public void Icb_figure_is_the_ratio_of_the_trusts_summed_counts()
    {
        BuildOk();
        // (90 + 80 + 10 + 95 + 70) / (100 + 100 + 50 + 100 + 100) = 345 / 450 = 76.67%, not the 71% mean of the percentages.
        var icbs = _site.Page("/benchmarking/ae_4hr/").QuerySelector("#table-icbs")!;
        Assert.Equal(["76.7%"], Column(icbs, 1));
        var system = _site.Page("/organisations/QAA/").QuerySelector("#metric-ae_4hr .ibp-highlight-row")!;
        Assert.Contains("76.7%", system.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_download_matches_the_table()
    {
        BuildOk();
        var table = _site.Page("/benchmarking/ae_4hr/").QuerySelector("#table-trusts")!;
        var shown = Column(table, 1);
        var lines = _site.File("data/metrics/ae_4hr.csv").TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var valueAt = Array.IndexOf(header, "value");
        var codeAt = Array.IndexOf(header, "organisation_code");
        var trusts = lines.Skip(1).Where(l => l.Contains(",trust,", StringComparison.Ordinal)).Select(ParseCsv).ToList();
        Assert.Equal(["RA4", "RA1", "RA2", "RA5", "RA3"], trusts.Select(r => r[codeAt]).ToList());
        Assert.Equal(shown, trusts.Select(r => double.Parse(r[valueAt], CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture) + "%").ToList());
    }

    [Fact]
    public void Suppressed_month_shows_its_label_never_zero()
    {
        BuildOk();
        var page = _site.Page("/organisations/RA1/");
        var row = page.QuerySelectorAll("#spc-beds-RA1 tbody tr").Single(r => r.Children[0].TextContent.Trim() == "Feb 2019");
        Assert.Equal("suppressed", row.Children[1].TextContent.Trim());
        Assert.Contains("RA1,beds,2019-02,,suppressed", _site.File("data/organisations/RA1/beds.csv"), StringComparison.Ordinal);
        Assert.Contains("Illustrative (synthetic) figures", page.QuerySelector("#spc-beds-RA1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_shows_rank_quartile_and_signals_in_words()
    {
        BuildOk();
        var row = _site.Page("/organisations/RA1/").QuerySelectorAll(".ibp-scorecard tbody tr")
            .Single(r => r.Children[0].TextContent.Contains("Four-hour performance", StringComparison.Ordinal));
        Assert.Equal("90.0%", row.Children[1].TextContent.Trim());
        Assert.Equal("national standard 95.0%", row.Children[4].TextContent.Trim());
        Assert.Equal("2 of 5 trusts in this portal on Four-hour performance", row.Children[7].TextContent.Trim());
        Assert.Equal("Q1 (best 25%)", row.Children[8].TextContent.Trim());
        // A count measures size: it is shown, never ranked (before issue #18 beds ranked "1 of 2").
        var beds = _site.Page("/organisations/RA1/").QuerySelectorAll(".ibp-scorecard tbody tr")
            .Single(r => r.Children[0].TextContent.Contains("Beds open", StringComparison.Ordinal));
        Assert.StartsWith("not ranked: a volume", beds.Children[7].TextContent.Trim(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(row.Children[5].TextContent));
        Assert.False(string.IsNullOrWhiteSpace(row.Children[6].TextContent));
    }

    [Fact]
    public void Shortcodes_show_the_figure_chart_block_and_ranking()
    {
        BuildOk();
        var home = _site.Page("/");
        var kpi = home.QuerySelector("span.ibp-kpi-inline")!;
        Assert.Equal("90.0%", kpi.TextContent);
        Assert.Contains("Alpha Hospitals NHS Trust", kpi.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("March 2019", kpi.GetAttribute("title"), StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("figure#spc-beds-RA1 details table"));
        Assert.Equal(["RA4", "RA1", "RA2", "RA5", "RA3"], home.QuerySelectorAll(".ibp-benchmark-table tbody tr").Select(r => r.GetAttribute("data-org")).ToList());
    }

    [Fact]
    public void Unknown_organisation_in_a_shortcode_is_an_error_with_file_line_and_nearest_code()
    {
        _site.Write("""
            -- input/news.md --
            ---
            title: News
            ---
            First line.

            Figure: {{< kpi org="RA11" metric="ae_4hr" >}}.

            {{< spc org="RA1" metric="ae_4h" >}}
            """);
        Assert.False(_site.Build().Succeeded);
        Assert.Contains(_site.Messages, m => m.StartsWith("input/news.md:6:", StringComparison.Ordinal) && m.Contains("IBP1205", StringComparison.Ordinal) && m.Contains("'RA1'", StringComparison.Ordinal));
        Assert.Contains(_site.Messages, m => m.StartsWith("input/news.md:8:", StringComparison.Ordinal) && m.Contains("IBP1206", StringComparison.Ordinal) && m.Contains("'ae_4hr'", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_organisation_name_is_escaped_in_pages_json_and_csv()
    {
        BuildOk();
        foreach (var route in new[] { "/benchmarking/ae_4hr/", "/organisations/RA2/", "/organisations/", "/organisations/QAA/", "/" })
        {
            Assert.DoesNotContain("<script>alert", _site.File(route.TrimStart('/') + "index.html"), StringComparison.Ordinal);
        }

        Assert.Equal("Bravo, <script>alert(1)</script> NHS Trust", _site.Page("/organisations/RA2/").QuerySelector("main h1")!.TextContent);
        Assert.DoesNotContain("<script>", _site.File("data/organisations/RA2.json"), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(_site.File("data/organisations/RA2.json"));
        Assert.Equal("Bravo, <script>alert(1)</script> NHS Trust", json.RootElement.GetProperty("name").GetString());
        var csvRow = _site.File("data/metrics/ae_4hr.csv").Split('\n').Single(l => l.StartsWith("RA2,", StringComparison.Ordinal));
        Assert.Equal("Bravo, <script>alert(1)</script> NHS Trust", ParseCsv(csvRow)[1]);
    }

    [Fact]
    public void Index_pages_list_domains_and_icbs_with_their_trusts()
    {
        BuildOk();
        var benchmarking = _site.Page("/benchmarking/");
        Assert.Contains("Performance", benchmarking.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.NotNull(benchmarking.QuerySelector("a[href='/benchmarking/ae_4hr/']"));
        var organisations = _site.Page("/organisations/");
        Assert.Equal(5, organisations.QuerySelectorAll("#icb-QAA + ul li").Length);
        Assert.True(_site.HasPage("/methodology/"));
        Assert.True(_site.HasPage("/scenarios/"));
    }

    /// <summary>Splits one CSV line, honouring quotes.</summary>
    private static List<string> ParseCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
