using IbpPortal.Model;
using static IbpPortal.Import.CatalogueMetric;

namespace IbpPortal.Import;

/// <summary>The measures NHS England's publications give, with the national standards boards are held to.</summary>
/// <remarks>Ids and definitions are a contract (issue #19). Standards are from NHS England's <i>2025/26 priorities and operational
/// planning guidance</i> (January 2025) unless the description says otherwise; measures it sets no standard for have none.</remarks>
public static class MeasureCatalogue
{
    private const string Guidance = "Standard: NHS England, 2025/26 priorities and operational planning guidance";

    /// <summary>Every measure, grouped by the publication that gives it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<CatalogueMetric>> ByPublication { get; } = new Dictionary<string, IReadOnlyList<CatalogueMetric>>(StringComparer.Ordinal)
    {
        ["nhse-ae"] =
        [
            Count("ae_attendances", "A&E attendances, all types", Domain.Demand, Improvement.Neutral, "Attendances at all A&E department types in the month, booked appointments included. Source: NHS England A&E attendances and emergency admissions (ibp import nhse-ae)."),
            Count("ae_attendances_type1", "Type 1 A&E attendances", Domain.Demand, Improvement.Neutral, "Attendances at major emergency departments (type 1), booked appointments included. Source: NHS England A&E attendances and emergency admissions."),
            Count("ae_breaches", "A&E attendances over 4 hours", Domain.Performance, Improvement.Decrease, "Attendances over four hours from arrival to admission, transfer or discharge, all types. Source: NHS England A&E attendances and emergency admissions."),
            Count("ae_within_4hr", "A&E attendances within 4 hours", Domain.Performance, Improvement.Increase, "Attendances admitted, transferred or discharged within four hours (attendances less those over 4 hours). Source: NHS England A&E attendances and emergency admissions."),
            Count("emergency_admissions", "Emergency admissions via A&E", Domain.Demand, Improvement.Neutral, "Emergency admissions via A&E, all types. Source: NHS England A&E attendances and emergency admissions."),
            Count("ae_12hr_dta", "12-hour waits from decision to admit", Domain.Performance, Improvement.Decrease, $"Patients who waited 12 hours or more from the decision to admit to admission. {Guidance}: a higher share of patients admitted, discharged or transferred within 12 hours than in 2024/25 (no numeric standard). Source: NHS England A&E attendances and emergency admissions."),
            Percent("ae_4hr", "Four-hour A&E performance", Domain.Performance, Improvement.Increase, 78, "ae_within_4hr", "ae_attendances", $"Share of A&E attendances admitted, transferred or discharged within four hours of arrival. {Guidance}: at least 78% in March 2026."),
        ],
        ["rtt"] =
        [
            Count("rtt_waiting_list", "RTT waiting list (incomplete pathways)", Domain.Demand, Improvement.Decrease, "Patients waiting to start consultant-led treatment at the end of the month: incomplete pathways, all treatment functions (C_999), all commissioners, unknown clock starts included (Total All). Source: NHS England RTT waiting times (ibp import rtt)."),
            Count("rtt_within_18wk", "Incomplete pathways within 18 weeks", Domain.Performance, Improvement.Increase, "Incomplete pathways waiting under 18 weeks (week bands 0–1 to 17–18). Source: NHS England RTT waiting times."),
            Count("rtt_known_clock_start", "Incomplete pathways with a known clock start", Domain.Demand, Improvement.Neutral, "Incomplete pathways with a known clock start (Total; the sum of the week bands where Total is blank): the denominator of the two waiting-list shares (within 18 weeks and over 52 weeks). Source: NHS England RTT waiting times."),
            Count("rtt_over_52wk", "Incomplete pathways over 52 weeks", Domain.Performance, Improvement.Decrease, "Incomplete pathways waiting 52 weeks or more (bands 52–53 to over 104). Source: NHS England RTT waiting times."),
            Percent("rtt_18wk", "Waiting list within 18 weeks", Domain.Performance, Improvement.Increase, 65, "rtt_within_18wk", "rtt_known_clock_start", $"Share of incomplete pathways waiting under 18 weeks. {Guidance}: 65% nationally by March 2026, every trust at least 5 points better than in November 2024."),
            Percent("rtt_52wk_pct", "Waiting list over 52 weeks", Domain.Performance, Improvement.Decrease, 1, "rtt_over_52wk", "rtt_known_clock_start", $"Share of incomplete pathways waiting over 52 weeks. {Guidance}: under 1% of the waiting list by March 2026."),
        ],
        ["cancer"] =
        [
            Count("cancer_fds_within", "Told within 28 days (FDS)", Domain.Performance, Improvement.Increase, "Patients told they have cancer, or that it is ruled out, within 28 days (28-day FDS, within standard). Source: NHS England cancer waiting times provider extract (ibp import cancer)."),
            Count("cancer_fds_total", "Faster Diagnosis Standard patients", Domain.Demand, Improvement.Neutral, "Patients counted against the 28-day Faster Diagnosis Standard (total treated). Source: NHS England cancer waiting times."),
            Count("cancer_31d_within", "Treated within 31 days", Domain.Performance, Improvement.Increase, "Patients starting treatment within 31 days of the decision to treat (31-day Combined, within standard). Source: NHS England cancer waiting times."),
            Count("cancer_31d_total", "31-day standard patients", Domain.Demand, Improvement.Neutral, "Patients starting treatment counted against the 31-day standard (31-day Combined, total treated). Source: NHS England cancer waiting times."),
            Count("cancer_62d_within", "Treated within 62 days", Domain.Performance, Improvement.Increase, "Patients starting first treatment within 62 days of referral (62-day Combined, within standard). Source: NHS England cancer waiting times."),
            Count("cancer_62d_total", "62-day standard patients", Domain.Demand, Improvement.Neutral, "Patients starting first treatment counted against the 62-day standard (62-day Combined, total treated). Source: NHS England cancer waiting times."),
            Percent("cancer_fds", "Cancer 28-day Faster Diagnosis Standard", Domain.Performance, Improvement.Increase, 80, "cancer_fds_within", "cancer_fds_total", $"Share of patients told within 28 days whether they have cancer. {Guidance}: 80% by March 2026."),
            Percent("cancer_31d", "Cancer 31-day treatment standard", Domain.Performance, Improvement.Increase, 96, "cancer_31d_within", "cancer_31d_total", "Share of patients starting treatment within 31 days of the decision to treat. Standard: 96%, the NHS Constitution's operational standard (the 2025/26 guidance sets none of its own)."),
            Percent("cancer_62d", "Cancer 62-day treatment standard", Domain.Performance, Improvement.Increase, 75, "cancer_62d_within", "cancer_62d_total", $"Share of patients starting first treatment within 62 days of referral. {Guidance}: 75% by March 2026."),
        ],
        ["dm01"] =
        [
            Count("dm01_waiting_list", "Diagnostic waiting list", Domain.Demand, Improvement.Decrease, "Patients waiting for one of the 15 key diagnostic tests at the end of the month (DM01 Total Waiting List). Source: NHS England monthly diagnostics (ibp import dm01)."),
            Count("dm01_over_6wk", "Diagnostic waits over 6 weeks", Domain.Performance, Improvement.Decrease, "Patients waiting six weeks or more for a diagnostic test (DM01 Number waiting 6+ Weeks). Source: NHS England monthly diagnostics."),
            Percent("dm01_6wk", "Diagnostic waits over 6 weeks (%)", Domain.Performance, Improvement.Decrease, 1, "dm01_over_6wk", "dm01_waiting_list", "Share of the diagnostic waiting list waiting six weeks or more. Standard: no more than 1%, the NHS Constitution's operational standard (the 2025/26 guidance sets none of its own)."),
        ],
        ["workforce"] =
        [
            new("staff_fte", "Staff in post (FTE)", Domain.Workforce, Unit.Wte, Improvement.Neutral, 1, null, null, null, AggregateRule.Sum, "Full-time equivalent HCHS staff, all staff groups (Total). No national standard: the 2025/26 guidance asks for workforce growth within plans and agency spend down at least 30%. Source: NHS Workforce Statistics table 3 (ibp import workforce)."),
            new("nurses_fte", "Nurses and health visitors (FTE)", Domain.Workforce, Unit.Wte, Improvement.Neutral, 1, null, null, null, AggregateRule.Sum, "Full-time equivalent nurses and health visitors. No national standard. Source: NHS Workforce Statistics table 3."),
            new("doctors_fte", "Doctors (FTE)", Domain.Workforce, Unit.Wte, Improvement.Neutral, 1, null, null, null, AggregateRule.Sum, "Full-time equivalent HCHS doctors. No national standard. Source: NHS Workforce Statistics table 3."),
        ],
        ["sickness"] =
        [
            new("sickness_days_lost", "FTE days lost to sickness", Domain.Workforce, Unit.Count, Improvement.Decrease, 0, null, null, null, AggregateRule.Sum, "Full-time equivalent days lost to sickness absence in the month (FTE_DAYS_LOST). Source: NHS sickness absence rates (ibp import sickness)."),
            new("sickness_days_available", "FTE days available", Domain.Workforce, Unit.Count, Improvement.Neutral, 0, null, null, null, AggregateRule.Sum, "Full-time equivalent days available in the month (FTE_DAYS_AVAILABLE). Source: NHS sickness absence rates."),
            new("sickness_absence", "Sickness absence rate", Domain.Workforce, Unit.Percent, Improvement.Decrease, 2, null, "sickness_days_lost", "sickness_days_available", AggregateRule.None, "FTE days lost to sickness as a share of FTE days available. No national standard in the 2025/26 guidance. Source: NHS sickness absence rates."),
        ],
        ["kh03"] =
        [
            new("ga_beds_available", "General and acute beds available", Domain.Capacity, Unit.Count, Improvement.Neutral, 0, null, null, null, AggregateRule.Sum, "Average daily general and acute beds available, open overnight, over the quarter. Source: NHS England KH03 bed availability and occupancy (ibp import kh03).", MetricFrequency.Quarterly),
            new("ga_beds_occupied", "General and acute beds occupied", Domain.Capacity, Unit.Count, Improvement.Neutral, 0, null, null, null, AggregateRule.Sum, "Average daily general and acute beds occupied, open overnight, over the quarter. Source: NHS England KH03.", MetricFrequency.Quarterly),
            Percent("ga_occupancy", "General and acute bed occupancy", Domain.Capacity, Improvement.Decrease, null, "ga_beds_occupied", "ga_beds_available", "Occupied general and acute beds as a share of those available, over the quarter. No national standard in the 2025/26 guidance. Source: NHS England KH03.", MetricFrequency.Quarterly),
        ],
    };

    /// <summary>Every measure, in publication order.</summary>
    public static IReadOnlyList<CatalogueMetric> All { get; } = [.. ByPublication.Values.SelectMany(m => m)];

    /// <summary>The whole catalogue in <c>metrics.csv</c>'s layout (with the <c>frequency</c> column), LF line endings.</summary>
    public static string ToCsv()
    {
        string[] header = [.. Load.Data.MetricsFile.Columns, .. Load.Data.MetricsFile.OptionalColumns];
        using var csv = new CsvLines();
        csv.Row(header);
        foreach (var metric in All)
        {
            var cells = MetricsAppender.Cells(metric);
            csv.Row(header.Select(c => cells.GetValueOrDefault(c, string.Empty)));
        }

        return csv.ToString();
    }

    /// <summary>The measures of one publication.</summary>
    public static IReadOnlyList<CatalogueMetric> For(string publication) => ByPublication[publication];
}
