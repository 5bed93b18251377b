namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Bad-input cases from issue 24 that used to crash with a stack trace or be accepted silently; run by
/// <see cref="BadInputCorpusTests"/> like the rest of the corpus.
/// </summary>
public static class CrashCorpusCases
{
    private static readonly string DeepList = string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- x\n"));

    /// <summary>Name, the files that break the valid portal, and the start of the message expected.</summary>
    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        // Values no unit can take (the chart autoscaler crashed on 1.7e308 and on ±1e308 in one series).
        { "value 1.7e308", "-- data/actuals.csv --\norg,metric,period,value\nRAE,att,2018-01,1.7e308\n", "data/actuals.csv:2: error IBP2230:" },
        { "values ±1e308 in one series", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,1e308\nRAE,att,2019-02,-1e308\n", "data/plans.csv:3: error IBP2230:" },
        { "negative count", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,-10\n", "data/plans.csv:2: error IBP2230:" },
        { "share above 100%", "-- data/plans.csv --\norg,metric,period,value\nRAE,pct,2019-01,101\n", "data/plans.csv:2: error IBP2230:" },
        { "share below 0%", "-- data/plans.csv --\norg,metric,period,value\nRAE,pct,2019-01,-1\n", "data/plans.csv:2: error IBP2230:" },
        { "numerator above denominator", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,2019-01,100\nRAE,within,2019-01,101\n", "data/plans.csv:3: error IBP2232:" },
        { "metric target out of range", "-- data/metrics.csv --\nid,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description\natt,A,demand,count,neutral,0,-1,,,sum,x\nwithin,W,performance,count,increase,0,,,,sum,x\npct,P,performance,percent,increase,1,95,within,att,none,x\n", "data/metrics.csv:2: error IBP2230:" },
        { "year before 1900", "-- data/plans.csv --\norg,metric,period,value\nRAE,att,1899-01,10100\n", "data/plans.csv:2: error IBP2011: 'period' is '1899-01', which is written YYYY-MM but its year 1899 is out of range" },

        // Markdown nested beyond what Markdig accepts (and what took it 347 s to find).
        { "blockquotes 10,000 deep", "-- input/about.md --\n---\ntitle: About\n---\n" + new string('>', 10_000) + " x\n", "input/about.md:4: error IBP1132:" },
        { "list 2,000 deep", "-- input/about.md --\n---\ntitle: About\n---\n" + DeepList, "input/about.md:36: error IBP1132:" },
        { "emphasis 10,000 deep", "-- input/about.md --\n---\ntitle: About\n---\n" + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n", "input/about.md:4: error IBP1132:" },

        // No home page: one message instead of one broken link to / per page.
        { "home page is a draft", "-- input/index.md --\n---\ntitle: Home\ndraft: true\n---\nWelcome.\n", "input/index.md: error IBP1131: the portal has no home page;" },
        { "home page is internal", "-- input/index.md --\n---\ntitle: Home\nvisibility: internal\n---\nWelcome.\n", "input/index.md: error IBP1131: the home page is a draft or internal" },
    };
}
