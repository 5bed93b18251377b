using System.Globalization;
using System.Text;

namespace IbpPortal.Tests.Reliability;

/// <summary>A small valid portal (content and data) that each bad-input case breaks in one place.</summary>
internal static class ValidPortal
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var actuals = new StringBuilder("org,metric,period,value\n");
        foreach (var org in new[] { "RAE", "RCF" })
        {
            for (var m = 0; m < 14; m++)
            {
                var period = new Model.Period(2018, 1).AddMonths(m);
                var attendances = 10000 + (m * 37 % 500) + (org == "RCF" ? 2000 : 0);
                var within = attendances - 900 - (m * 53 % 300);
                actuals.Append(CultureInfo.InvariantCulture, $"{org},att,{period},{attendances}\n");
                actuals.Append(CultureInfo.InvariantCulture, $"{org},within,{period},{within}\n");
            }
        }

        return $"""
            -- portal.yml --
            title: Reliability portal
            reporting_period: 2019-02
            packs: none
            -- input/index.md --
            ---
            title: Home
            ---
            Welcome to the [about page](/about/).
            -- input/about.md --
            ---
            title: About
            tags: [planning]
            ---
            ## About us

            Text.
            -- data/organisations.csv --
            code,name,type,icb,region,peer_group
            QWO,NHS West Yorkshire ICB,icb,,North East and Yorkshire,ICB
            RAE,Bradford Teaching Hospitals NHS Foundation Trust,trust,QWO,North East and Yorkshire,Acute
            RCF,Airedale NHS Foundation Trust,trust,QWO,North East and Yorkshire,Acute
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
            att,A&E attendances,demand,count,neutral,0,,,,sum,All types.
            within,Seen within 4 hours,performance,count,increase,0,,,,sum,All types.
            pct,Four-hour performance,performance,percent,increase,1,95,within,att,none,Share seen within 4 hours.
            -- data/actuals.csv --
            {actuals}
            -- data/plans.csv --
            org,metric,period,value
            RAE,att,2019-01,10100
            """;
    }
}
