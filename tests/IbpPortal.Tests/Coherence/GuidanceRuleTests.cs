using System.Globalization;
using System.Text;
using IbpPortal.Coherence;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.Tests.Harness;
using IbpPortal.Tests.Provenance;

namespace IbpPortal.Tests.Coherence;

/// <summary>The ready-made rules from NHS England's 2025/26 planning guidance, on a crafted trust.</summary>
/// <remarks>
/// RA1, worked by hand:
/// four hours: March 2026 plan 77% &lt; 78% → finding, 1.0 pp short.
/// 18 weeks: March 2025 actual 60%, March 2026 plan 63%: +3 points &lt; 5 → finding.
/// agency: 2024/25 actual 12 × 100,000 = £1.2m; 2025/26 plan 12 × 80,000 = £960k; (1,200,000 − 960,000) ÷ 1,200,000 = 20% lower &lt; 30% → finding.
/// activity against workforce: elective spells 100 a month in 2024/25, planned 102 → +2%; staff 500 in August and September 2024,
/// planned 520 → +4% over 2 months: the workforce outgrows activity → finding.
/// RB2 does everything the guidance asks: 78%, +5 points, 30% less agency (£840k), staff flat while activity grows → no finding.
/// </remarks>
public sealed class GuidanceRuleTests
{
    private static string Site(string rules)
    {
        var actuals = new StringBuilder("org,metric,period,value\n");
        var plans = new StringBuilder("org,metric,period,value\n");
        foreach (var (org, planAgency, planStaff, fourHour, rtt) in new[] { ("RA1", 80000, 520, 77, 63), ("RB2", 70000, 500, 78, 65) })
        {
            for (var i = 0; i < 12; i++)
            {
                var before = new Period(2024, 4).AddMonths(i);
                var during = before.AddMonths(12);
                actuals.Append(CultureInfo.InvariantCulture, $"{org},agency_spend,{before},100000\n{org},elective_activity,{before},100\n");
                plans.Append(CultureInfo.InvariantCulture, $"{org},agency_spend,{during},{planAgency}\n{org},elective_activity,{during},102\n");
                if (before.Month is 8 or 9)
                {
                    actuals.Append(CultureInfo.InvariantCulture, $"{org},staff_fte,{before},500\n");
                    plans.Append(CultureInfo.InvariantCulture, $"{org},staff_fte,{during},{planStaff}\n");
                }
            }

            actuals.Append(CultureInfo.InvariantCulture, $"{org},rtt_18wk,2025-03,60\n{org},ae_4hr,2025-03,70\n");
            plans.Append(CultureInfo.InvariantCulture, $"{org},rtt_18wk,2026-03,{rtt}\n{org},ae_4hr,2026-03,{fourHour}\n");
        }

        return $"""
            -- data/organisations.csv --
            code,name,type,icb,region,peer_group
            RA1,Alpha NHS Trust,trust,,Test region,Acute
            RB2,Beta NHS Trust,trust,,Test region,Acute
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
            ae_4hr,Four-hour performance,performance,percent,increase,1,78,,,mean,Four hours.
            rtt_18wk,Within 18 weeks,performance,percent,increase,1,65,,,mean,RTT.
            agency_spend,Agency spend,finance,gbp,decrease,0,,,,sum,Agency.
            elective_activity,Elective spells,capacity,count,increase,0,,,,sum,Elective.
            staff_fte,Staff in post,workforce,wte,neutral,1,,,,sum,Staff.
            -- data/actuals.csv --
            {actuals}
            -- data/plans.csv --
            {plans}
            -- data/coherence.yml --
            {rules}
            """;
    }

    private const string AllFour = "- rule: guidance_four_hour\n- rule: guidance_rtt_18_weeks\n- rule: guidance_agency_spend\n- rule: guidance_activity_workforce\n";

    private static List<CoherenceFinding> Findings(string rules, out DiagnosticBag diagnostics)
    {
        using var site = SiteFixture.Create(Site(rules), withTheme: false);
        var fixture = PlanDataFixture.Load(site.Root, new Period(2025, 6));
        diagnostics = new DiagnosticBag();
        var read = CoherenceFile.Read(site.Root, fixture.Data.Metrics, diagnostics);
        return [.. CoherenceChecker.Check(fixture.Analysis, fixture.Provenance, read).Findings];
    }

    [Fact]
    public void Each_ready_made_rule_finds_the_plan_that_misses_the_guidance_and_cites_it()
    {
        var findings = Findings(AllFour, out var diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.DoesNotContain(findings, f => f.Org == "RB2");
        var ra1 = findings.Where(f => f.Org == "RA1").ToDictionary(f => f.Code);
        Assert.Equal(["IBP1611", "IBP1612", "IBP1613", "IBP1614"], ra1.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("the Four-hour performance plan for March 2026 is 77.0%, 1.0 pp short of the 78% the 2025/26 planning guidance asks for", ra1["IBP1611"].Message);
        Assert.StartsWith("the Within 18 weeks plan for March 2026 (63.0%) is +3.0 pp on March 2025 (60.0%)", ra1["IBP1612"].Message, StringComparison.Ordinal);
        Assert.StartsWith("Agency spend is planned at £960k for 2025/26, 20% lower than the £1.2m spent in 2024/25", ra1["IBP1613"].Message, StringComparison.Ordinal);
        Assert.StartsWith("the workforce is planned to grow faster than Elective spells (+2% over 12 months of 2025/26 against the same months a year before): Staff in post +4% (2 months)", ra1["IBP1614"].Message, StringComparison.Ordinal);
        Assert.Contains("2025/26 priorities and operational planning guidance", GuidanceRules.Citation(CoherenceRuleKind.GuidanceAgencySpend), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ready_made_rules_are_off_unless_the_file_names_them()
    {
        var findings = Findings("- rule: plan_jump\n  metrics: [elective_activity]\n  max_month_to_month_percent: 50\n", out _);
        Assert.DoesNotContain(findings, f => GuidanceRules.IsGuidance(f.Rule.Kind));
    }

    [Fact]
    public void A_ready_made_rule_whose_measure_the_portal_lacks_says_how_to_name_it()
    {
        Findings("- rule: guidance_four_hour\n  metric: ae_four_hours\n", out var diagnostics);
        var message = Assert.Single(diagnostics.Sorted()).ToString();
        Assert.Contains("there is no metric 'ae_four_hours'", message, StringComparison.Ordinal);
        Assert.Contains("name the portal's measure with 'metric: <id>'", message, StringComparison.Ordinal);
    }
}
