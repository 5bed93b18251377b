using System.Globalization;
using System.Text;

namespace IbpPortal.Tests.Sections;

/// <summary>
/// An inline portal for issue #18 items 7–10, Jan 2018 to Aug 2019 (20 months), reporting Aug 2019:
/// RA1's attendances step from about 100 to about 200 in Nov 2018 (a counting change with no re-base at first);
/// RA1's four-hour trajectory is 91% from Jan 2019 and 92% from May 2019 against a 95% national standard;
/// its spend alternates £1.5m and £500k; its staff alternate 6,115.0 and 6,117.5 WTE;
/// RA2's attendances end 12 under plan (51,612 against 51,624).
/// </summary>
internal static class NumbersPortal
{
    public static readonly string Text = Build();

    private static string Build()
    {
        var actuals = new StringBuilder("org,metric,period,value\n");
        for (var i = 0; i < 20; i++)
        {
            var period = new DateOnly(2018, 1, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var odd = i % 2 == 1;
            var attend = (i < 10 ? 100 : 200) + (odd ? 2 : -2);
            actuals.Append(CultureInfo.InvariantCulture, $"RA1,attend,{period},{attend}\n");
            actuals.Append(CultureInfo.InvariantCulture, $"RA1,seen,{period},{attend - (odd ? 9 : 11)}\n");
            actuals.Append(CultureInfo.InvariantCulture, $"RA1,spend,{period},{(odd ? 500000 : 1500000)}\n");
            actuals.Append(CultureInfo.InvariantCulture, $"RA1,staff,{period},{(odd ? "6117.5" : "6115.0")}\n");
            actuals.Append(CultureInfo.InvariantCulture, $"RA1,referrals,{period},{(odd ? 310 : 290)}\n");
            actuals.Append(CultureInfo.InvariantCulture, $"RA2,attend,{period},{(odd ? 51612 : 51600)}\n");
            actuals.Append(CultureInfo.InvariantCulture, $"RA2,seen,{period},{(odd ? 48000 : 47800)}\n");
        }

        return $$"""
            -- portal.yml --
            reporting_period: 2019-08
            packs: none
            -- data/organisations.csv --
            code,name,type,icb,region,peer_group
            QAA,Test ICB,icb,,Test region,ICB
            RA1,Alpha NHS Trust,trust,QAA,Test region,Acute
            RA2,Bravo NHS Trust,trust,QAA,Test region,Acute
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
            attend,A&E attendances,demand,count,neutral,0,,,,sum,All attendances. Source: NHS England A&E attendances and emergency admissions.
            seen,Seen within 4 hours,performance,count,increase,0,,,,sum,Seen within four hours. Source: NHS England A&E attendances and emergency admissions.
            ae_4hr,Four-hour performance,performance,percent,increase,1,95,seen,attend,none,Share seen within four hours.
            referrals,GP referrals,demand,count,neutral,0,,,,sum,Referrals. Illustrative (synthetic) figures.
            spend,Agency spend,finance,gbp,decrease,0,,,,sum,Agency spend. Illustrative (synthetic) figures.
            staff,Staff in post,workforce,wte,increase,1,,,,sum,Staff. Illustrative (synthetic) figures.
            -- data/actuals.csv --
            {{actuals}}
            -- data/plans.csv --
            org,metric,period,value
            RA1,seen,2019-08,190
            RA1,spend,2019-08,1400000
            RA2,attend,2019-08,51624
            -- data/targets.csv --
            org,metric,period,value
            RA1,ae_4hr,2019-01,91
            RA1,ae_4hr,2019-05,92
            -- data/sources.yml --
            - file: actuals.csv
              as_at: 2019-09-20
              source: "NHS England A&E attendances and emergency admissions; other measures illustrative (synthetic)"
            -- input/index.md --
            ---
            title: Home
            ---
            Home.
            -- input/case-studies/system-flow.md --
            ---
            title: System flow
            description: An ICB plans flow as one system.
            summary: An ICB plans flow as one system.
            layout: case-study
            date: 2024-06-01
            sector: icb
            ---
            ## What they did

            They planned flow together.
            """;
    }
}
