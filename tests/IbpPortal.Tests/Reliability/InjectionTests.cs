using System.Text.Json;
using System.Xml.Linq;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>HTML and script carried in data, front matter and commentary must come out as text, never as markup.</summary>
public class InjectionTests
{
    private const string Payload = "<script>alert(1)</script>\" onmouseover=\"alert(2)";

    [Fact]
    public void Payloads_in_data_and_front_matter_appear_as_text_in_pages_feeds_and_downloads()
    {
        var portal = ValidPortal.Text
            .Replace("Bradford Teaching Hospitals NHS Foundation Trust", "Bradford " + Payload.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("A&E attendances,demand", "\"A&E <img src=x onerror=alert(3)>\",demand", StringComparison.Ordinal);
        // Quote the organisation name so the payload's comma-free quotes survive CSV.
        portal = portal.Replace("RAE,Bradford " , "RAE,\"Bradford ", StringComparison.Ordinal)
            .Replace("alert(2),trust", "alert(2)\",trust", StringComparison.Ordinal);
        using var site = SiteFixture.Create(portal + """

            -- input/case-studies/evil.md --
            ---
            title: "Study <script>alert(4)</script>"
            description: "\" onmouseover=\"alert(5)"
            summary: "<svg onload=alert(6)>"
            date: 2025-01-01
            tags: ["<b>bold</b>", "javascript:alert(7)"]
            ---
            Body with [a link](https://example.org/?q=<script>).
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages));

        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = SiteFixture.Parse(site.File(file));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script in {file}"));
            Assert.Empty(page.QuerySelectorAll("img[src=x], svg[onload]"));
            foreach (var element in page.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                var href = element.GetAttribute("href");
                Assert.False(href is not null && href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"javascript: link in {file}");
            }
        }

        var study = site.Page("/case-studies/evil/");
        Assert.Equal("Study <script>alert(4)</script>", study.QuerySelector("main h1")!.TextContent);
        Assert.Contains(site.Page("/organisations/RAE/").QuerySelectorAll("main h1"), h => h.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));

        var feed = XDocument.Parse(site.File("feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Study <script>alert(4)</script>");

        foreach (var json in site.OutputFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal) && f.StartsWith("data/", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(site.File(json));
            Assert.NotNull(document);
        }

        foreach (var svg in site.OutputFiles().Where(f => f.EndsWith(".svg", StringComparison.Ordinal) && !f.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var root = XDocument.Parse(site.File(svg));
            Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName == "script");
        }
    }

    [Theory]
    [InlineData("organisations", "code,name,type,icb,region,peer_group\nQWO,ICB,icb,,R,ICB\n../../etc,Evil,trust,QWO,R,Acute\nRAE,B,trust,QWO,R,A\nRCF,A,trust,QWO,R,A\n", "data/organisations.csv:3: error IBP2220:")]
    [InlineData("metrics", "id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description\natt,A,demand,count,neutral,0,,,,sum,x\nwithin,W,performance,count,increase,0,,,,sum,x\npct,P,performance,percent,increase,1,95,within,att,none,x\nx/../y,Evil,demand,count,neutral,0,,,,sum,x\n", "data/metrics.csv:5: error IBP2220:")]
    public void Codes_that_would_escape_the_output_folder_are_rejected(string file, string content, string expected)
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        site.Write($"-- data/{file}.csv --\n{content}");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith(expected, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "etc")));
    }
}
