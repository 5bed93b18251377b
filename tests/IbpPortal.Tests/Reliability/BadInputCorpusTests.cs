using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Every case breaks the valid portal in one place and checks what a comms editor or analyst would see:
/// the build fails, a message names the file, the line and the problem, no stack trace is shown,
/// and the previous output is byte-for-byte unchanged.
/// </summary>
public class BadInputCorpusTests
{
    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        // CSV: structure
        { "missing column", "-- data/actuals.csv --\norg,metric,perod,value\nRAE,att,2018-01,1\n", "data/actuals.csv:1: error IBP2003:" },
        { "empty file", "-- data/actuals.csv --\n", "data/actuals.csv:1: error IBP2001:" },
        { "non-numeric value", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,ten thousand\n", "data/plans.csv:2: error IBP2010:" },
        { "thousands separator", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,\"10,100\"\n", "data/plans.csv:2: error IBP2010:" },
        { "bad period", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,Jan-2019,10100\n", "data/plans.csv:2: error IBP2011:" },
        { "period month 13", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-13,10100\n", "data/plans.csv:2: error IBP2011:" },
        { "unknown organisation", "-- data/plans.csv --\norg,metric,period,value\nRAX,att,2019-01,10100\n", "data/plans.csv:2: error IBP2201:" },
        { "unknown metric", "-- data/plans.csv --\norg,metric,period,value\nRAE,attendances,2019-01,10100\n", "data/plans.csv:2: error IBP2202:" },
        { "duplicate key", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,10100\nRAE,att,2019-01,10200\n", "data/plans.csv:3: error IBP2203:" },
        { "too many fields", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,10100,extra\n", "data/plans.csv:2: error IBP2009:" },
        { "unterminated quote", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,\"10100\n", "data/plans.csv:2: error IBP20" },
        { "blank organisation", "-- data/plans.csv --\norg,metric,period,value\n,att,2019-01,10100\n", "data/plans.csv:2: error IBP2012:" },
        { "unknown type", "-- data/organisations.csv --\ncode,name,type,icb,region,peer_group\nQWO,ICB,icb,,R,ICB\nRAE,Bradford,hospital,QWO,R,Acute\nRCF,Airedale,trust,QWO,R,Acute\n", "data/organisations.csv:3: error IBP2013:" },
        { "trust with unknown ICB", "-- data/organisations.csv --\ncode,name,type,icb,region,peer_group\nQWO,ICB,icb,,R,ICB\nRAE,Bradford,trust,QXX,R,Acute\nRCF,Airedale,trust,QWO,R,Acute\n", "data/organisations.csv:3: error IBP2211:" },
        { "duplicate organisation", "-- data/organisations.csv --\ncode,name,type,icb,region,peer_group\nQWO,ICB,icb,,R,ICB\nRAE,Bradford,trust,QWO,R,Acute\nRAE,Bradford again,trust,QWO,R,Acute\nRCF,Airedale,trust,QWO,R,Acute\n", "data/organisations.csv:4: error IBP2204:" },
        { "unknown domain", "-- data/metrics.csv --\nid,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description\natt,A,demnd,count,neutral,0,,,,sum,x\nwithin,W,performance,count,increase,0,,,,sum,x\npct,P,performance,percent,increase,1,95,within,att,none,x\n", "data/metrics.csv:2: error IBP2014:" },
        { "unknown unit", "-- data/metrics.csv --\nid,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description\natt,A,demand,people,neutral,0,,,,sum,x\nwithin,W,performance,count,increase,0,,,,sum,x\npct,P,performance,percent,increase,1,95,within,att,none,x\n", "data/metrics.csv:2: error IBP2015:" },
        { "ratio with missing numerator", "-- data/metrics.csv --\nid,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description\natt,A,demand,count,neutral,0,,,,sum,x\nwithin,W,performance,count,increase,0,,,,sum,x\npct,P,performance,percent,increase,1,95,seen,att,none,x\n", "data/metrics.csv:4: error IBP2207:" },
        { "decimals out of range", "-- data/metrics.csv --\nid,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description\natt,A,demand,count,neutral,9,,,,sum,x\nwithin,W,performance,count,increase,0,,,,sum,x\npct,P,performance,percent,increase,1,95,within,att,none,x\n", "data/metrics.csv:2: error IBP2215:" },

        // Encodings and odd bytes
        { "latin-1 CSV", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,10100\n", "data/plans.csv:" },
        { "latin-1 markdown", "-- input/about.md --\n---\ntitle: About\n---\nCaf\u00e9\n", "input/about.md:1: error IBP1105:" },

        // YAML: scenarios and settings
        { "scenario yaml syntax", "-- data/scenarios.yml --\n- id: a\n  name: [unclosed\n", "data/scenarios.yml:" },
        { "scenario unknown metric", "-- data/scenarios.yml --\n- id: growth\n  name: Growth\n  description: More demand.\n  horizon_months: 12\n  adjustments:\n    attendance: 3\n", "data/scenarios.yml:" },
        { "scenario horizon", "-- data/scenarios.yml --\n- id: growth\n  name: Growth\n  description: More demand.\n  horizon_months: 500\n  adjustments:\n    att: 3\n", "data/scenarios.yml:" },
        { "portal.yml syntax", "-- portal.yml --\ntitle: [unclosed\n", "portal.yml:" },
        { "portal.yml bad period", "-- portal.yml --\ntitle: Reliability portal\nreporting_period: March 2019\n", "portal.yml:2: error IBP1003:" },
        { "portal.yml bad boolean", "-- portal.yml --\ntitle: Reliability portal\nsearch: sometimes\n", "portal.yml:2: error IBP1003:" },
        { "portal.yml bad base url", "-- portal.yml --\nbase_url: example.nhs.uk/ibp\n", "portal.yml:1: error IBP1003:" },

        // Markdown and front matter
        { "no front matter", "-- input/about.md --\nJust text.\n", "input/about.md:1: error IBP1102:" },
        { "empty title", "-- input/about.md --\n---\ntitle: \"\"\n---\nText.\n", "input/about.md:2: error IBP1102:" },
        { "unclosed front matter", "-- input/about.md --\n---\ntitle: About\nText.\n", "input/about.md:1: error IBP1104:" },
        { "front matter yaml", "-- input/about.md --\n---\ntitle: About: the team\n---\nText.\n", "input/about.md:2" },
        { "bad date", "-- input/about.md --\n---\ntitle: About\ndate: 10/03/2025\n---\nText.\n", "input/about.md:3: error IBP1103:" },
        { "bad visibility", "-- input/about.md --\n---\ntitle: About\nvisibility: secret\n---\nText.\n", "input/about.md:3: error IBP1103:" },
        { "slug escapes output", "-- input/about.md --\n---\ntitle: About\nslug: ../../etc\n---\nText.\n", "input/about.md:3: error IBP1107:" },
        { "unknown layout", "-- input/about.md --\n---\ntitle: About\nlayout: fancy\n---\nText.\n", "input/about.md:3: error IBP1108:" },
        { "broken link", "-- input/about.md --\n---\ntitle: About\n---\nSee [home](/hme/).\n", "input/about.md:4:5: error IBP1110:" },
        { "javascript link", "-- input/about.md --\n---\ntitle: About\n---\nSee [this](javascript:alert(1)).\n", "input/about.md:4:5: error IBP1114:" },
        // One link policy for every address written (issue 24): http, https, mailto and site addresses only.
        { "javascript autolink", "-- input/about.md --\n---\ntitle: About\n---\nSee <javascript:alert(1)>.\n", "input/about.md:4:5: error IBP1114:" },
        { "vbscript autolink", "-- input/about.md --\n---\ntitle: About\n---\nSee <vbscript:msgbox(1)>.\n", "input/about.md:4:5: error IBP1114:" },
        { "data autolink", "-- input/about.md --\n---\ntitle: About\n---\nSee <data:text/html,hello>.\n", "input/about.md:4:5: error IBP1114:" },
        { "javascript reference link", "-- input/about.md --\n---\ntitle: About\n---\nSee [this][x].\n\n[x]: javascript:alert(1)\n", "input/about.md:4:5: error IBP1114:" },
        { "javascript image", "-- input/about.md --\n---\ntitle: About\n---\n![logo](javascript:alert(1))\n", "input/about.md:4:1: error IBP1114:" },
        { "tel link", "-- input/about.md --\n---\ntitle: About\n---\nCall [us](tel:0123).\n", "input/about.md:4:6: error IBP1114:" },
        { "spaced javascript link", "-- input/about.md --\n---\ntitle: About\n---\nSee [this](<java\tscript:alert(1)>).\n", "input/about.md:4:5: error IBP1114:" },
        { "front matter image scheme", "-- input/about.md --\n---\ntitle: About\nimage: javascript:alert(1)\n---\nText.\n", "input/about.md:3: error IBP1114:" },
        { "sources.yml url scheme", "-- data/sources.yml --\n- file: actuals.csv\n  as_at: 2019-04-01\n  source: NHS England\n  url: javascript:alert(1)\n", "data/sources.yml:4: error IBP1606:" },
        { "CSL-JSON URL scheme", "-- input/references.json --\n[\n  {\n    \"id\": \"x2020\",\n    \"title\": \"X\",\n    \"URL\": \"javascript:alert(1)\"\n  }\n]\n", "input/references.json:5: error IBP1112:" },

        { "unknown shortcode", "-- input/about.md --\n---\ntitle: About\n---\n{{< chart >}}\n", "input/about.md:4:1: error IBP1201:" },
        { "shortcode missing argument", "-- input/about.md --\n---\ntitle: About\n---\n{{< details >}}\nText.\n{{< /details >}}\n", "input/about.md:4:1: error IBP1202:" },
        { "shortcode unclosed quote", "-- input/about.md --\n---\ntitle: About\n---\n{{< warning title=\"Careful >}}\nText.\n{{< /warning >}}\n", "input/about.md:" },
        { "unknown citation", "-- input/about.md --\n---\ntitle: About\n---\nAs shown [@nobody2020].\n", "input/about.md:4:10: error IBP1111:" },
        { "two pages one address", "-- input/about/index.md --\n---\ntitle: About again\n---\nText.\n", "error IBP1106:" },

        // Theme templates
        { "liquid syntax error", "-- theme/layouts/page.liquid --\n<h1>{{ page.title }</h1>\n{% if page.description %}\n", "theme/layouts/page.liquid:" },
        { "missing partial", "-- theme/layouts/page.liquid --\n<h1>{{ page.title }}</h1>\n{% render 'nowhere' %}\n", "theme/layouts/page.liquid:" },
        { "circular partial", "-- theme/partials/loop.liquid --\n{% render 'loop' %}\n-- theme/layouts/page.liquid --\n<h1>{{ page.title }}</h1>\n{% render 'loop' %}\n", "error IBP1304:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(CrashCorpusCases.Cases), MemberType = typeof(CrashCorpusCases))]
    public void Bad_input_fails_with_file_line_and_advice_and_leaves_the_output_untouched(string name, string breakage, string expected)
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(site.Build().Succeeded, $"the valid portal must build: {string.Join("\n", site.Messages)}");
        var before = Snapshot(site);

        site.Write(breakage);
        if (name.StartsWith("latin-1", StringComparison.Ordinal))
        {
            // Rewrite the file in Latin-1 so it is not valid UTF-8 ("Café" with a lone 0xE9 byte).
            var (path, content) = SiteFixture.Sections(breakage).Single();
            var bytes = System.Text.Encoding.Latin1.GetBytes(content.Replace("10100", "10100\u00e9", StringComparison.Ordinal));
            File.WriteAllBytes(Path.Combine(site.Root, path), bytes);
        }

        var result = site.Build();

        Assert.False(result.Succeeded, $"{name}: the build should fail");
        Assert.Contains(site.Messages, m => m.Contains(expected, StringComparison.Ordinal));
        Assert.All(site.Errors, e =>
        {
            // A message about a whole file has no line: "path: error …", never "path:0".
            Assert.Matches(@"^[^\s:]+(:[1-9]\d*(:\d+)?)?: error IBP\d{4}: .+; .+", e.ToString());
            Assert.DoesNotContain("   at ", e.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", e.ToString(), StringComparison.Ordinal);
        });
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void The_corpus_has_at_least_forty_cases() => Assert.True(Cases.Count >= 40);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + """

            -- data/plans.csv --
            org,metric,period,value
            RAX,att,2019-01,10100
            RAE,att,2019-1,10100
            RAE,att,2019-02,lots
            -- input/about.md --
            ---
            title: About
            date: yesterday
            ---
            Text.
            """);
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("data/plans.csv:2: error IBP2201:", StringComparison.Ordinal));
        Assert.Contains(site.Messages, m => m.StartsWith("data/plans.csv:3: error IBP2011:", StringComparison.Ordinal));
        Assert.Contains(site.Messages, m => m.StartsWith("data/plans.csv:4: error IBP2010:", StringComparison.Ordinal));
        Assert.Contains(site.Messages, m => m.StartsWith("input/about.md:3: error IBP1103:", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Snapshot(SiteFixture site) =>
        site.OutputFiles().ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, f)))));
}
