using IbpPortal.Model;

namespace IbpPortal.Sample;

/// <summary>The metrics a sample portal can have: seven per domain, listed so that any prefix is consistent (parts before ratios, demand before the capacity that meets it).</summary>
internal static class SampleMetricCatalogue
{
    private const string Illustrative = " Illustrative (synthetic) figures.";

    private static readonly SampleMetric[] All =
    [
        SampleCount("ae_attendances", "A&E attendances, all types", Domain.Demand, Improvement.Neutral, "Attendances at all A&E department types in the month.", 15000, 0.03, 0.06, 0.03),
        SampleCount("ae_within_4hr", "A&E attendances seen within 4 hours", Domain.Performance, Improvement.Increase, "Attendances admitted, transferred or discharged within four hours of arrival.", 0.76, 0, 0, 0.02) with { PartOf = "ae_attendances" },
        SamplePercent("ae_4hr", "Four-hour A&E performance", Domain.Performance, Improvement.Increase, 95, "Share of A&E attendances seen within four hours, from attendances seen within four hours and all attendances.", 0, 0, 0, 0) with { Numerator = "ae_within_4hr", Denominator = "ae_attendances", Aggregate = AggregateRule.None },
        SampleCount("ga_beds", "General and acute beds available", Domain.Capacity, Improvement.Increase, "Average general and acute beds open in the month, including escalation beds.", 700, -0.005, 0.02, 0.005),
        SamplePercent("vacancy_rate", "Vacancy rate", Domain.Workforce, Improvement.Decrease, 8, "Funded posts without a substantive post holder, as a share of the establishment.", 9, -0.4, 0.2, 0.35),
        SampleMoney("agency_spend", "Agency staff spend", Domain.Finance, Improvement.Decrease, "Money spent on agency staff in the month, in pounds.", 1_200_000, -0.08, 0.05, 0.08),
        SampleCount("complaints", "Formal complaints received", Domain.Quality, Improvement.Decrease, "Written complaints logged under the NHS complaints procedure in the month.", 45, 0.01, 0.05, 0.15),
        SampleCount("referrals", "GP referrals", Domain.Demand, Improvement.Neutral, "Referrals from GPs for a first outpatient appointment received in the month.", 9000, 0.035, 0.05, 0.025),
        SampleCount("elective_activity", "Elective spells delivered", Domain.Capacity, Improvement.Increase, "Planned inpatient and day-case spells completed in the month.", 5000, 0.02, -0.06, 0.03) with { MeetsDemand = "referrals" },
        SamplePercent("rtt_18wk", "Patients waiting under 18 weeks", Domain.Performance, Improvement.Increase, 92, "Share of patients on the consultant-led waiting list who have waited less than 18 weeks.", 62, 0.8, -0.6, 0.6),
        SamplePercent("bed_occupancy", "G&A bed occupancy", Domain.Capacity, Improvement.Decrease, 92, "Share of general and acute beds occupied at midnight, averaged over the month.", 91, 0.3, 2.0, 0.8),
        SampleWte("staff_wte", "Substantive staff in post", Domain.Workforce, "Whole-time equivalent staff on permanent or fixed-term contracts at the end of the month.", 6500, 0.025),
        SampleMoney("income_expenditure", "Monthly surplus (deficit)", Domain.Finance, Improvement.Increase, "The month's income less expenditure in pounds; a negative figure is a deficit.", -150_000, 60_000, 250_000, 400_000, additive: true),
        SampleRate("falls_per_1000", "Inpatient falls per 1,000 bed days", Domain.Quality, "Falls reported by inpatient wards for every thousand occupied bed days.", 6.2, -0.1, 0.3, 0.5),
        SampleCount("emergency_admissions", "Emergency admissions via A&E", Domain.Demand, Improvement.Neutral, "Patients admitted as an emergency after attending A&E in the month.", 0.27, 0, 0, 0.03) with { PartOf = "ae_attendances" },
        SamplePercent("sickness_absence", "Sickness absence rate", Domain.Workforce, Improvement.Decrease, 4.5, "Working time lost to sickness absence as a share of the time available.", 5.1, -0.1, 0.5, 0.25),
        SampleMoney("pay_costs", "Pay costs", Domain.Finance, Improvement.Neutral, "Spending on substantive, bank and agency staff in the month, in pounds.", 28_000_000, 0.04, 0.01, 0.01),
        SampleCount("pressure_ulcers", "Hospital-acquired pressure ulcers", Domain.Quality, Improvement.Decrease, "Category 2 and above pressure ulcers that developed in hospital.", 14, -0.03, 0.1, 0.25),
        SampleCount("cancer_referrals", "Urgent suspected cancer referrals", Domain.Demand, Improvement.Neutral, "Urgent referrals for suspected cancer received in the month.", 1800, 0.06, 0.04, 0.04),
        SampleCount("cancer_treated_62d", "Cancer treatments started within 62 days", Domain.Performance, Improvement.Increase, "First treatments for cancer started within 62 days of an urgent referral.", 0.72, 0, 0, 0.04) with { PartOf = "cancer_referrals" },
        SamplePercent("cancer_62d", "Cancer 62-day performance", Domain.Performance, Improvement.Increase, 85, "Share of urgent referrals treated within 62 days, from treatments started within 62 days and referrals.", 0, 0, 0, 0) with { Numerator = "cancer_treated_62d", Denominator = "cancer_referrals", Aggregate = AggregateRule.None },
        SampleCount("diagnostic_requests", "Diagnostic test requests", Domain.Demand, Improvement.Neutral, "Requests for the fifteen key diagnostic tests received in the month.", 11000, 0.05, 0.04, 0.03),
        SampleCount("diagnostic_tests", "Diagnostic tests performed", Domain.Capacity, Improvement.Increase, "Key diagnostic tests carried out in the month.", 10500, 0.045, -0.03, 0.03) with { MeetsDemand = "diagnostic_requests" },
        SampleWte("nurses_wte", "Registered nurses in post", Domain.Workforce, "Whole-time equivalent registered nurses and midwives at the end of the month.", 2100, 0.03),
        SampleMoney("cip_delivery", "Efficiency savings delivered", Domain.Finance, Improvement.Increase, "Cost improvement programme savings delivered in the month, in pounds.", 900_000, 0.05, -0.1, 0.12),
        SampleCount("cdiff_infections", "C. difficile infections", Domain.Quality, Improvement.Decrease, "Hospital-onset healthcare-associated C. difficile infections.", 5, 0.02, 0.1, 0.35),
        SampleCount("ambulance_arrivals", "Ambulance arrivals", Domain.Demand, Improvement.Neutral, "Patients arriving at A&E by ambulance in the month.", 3600, 0.03, 0.08, 0.03),
        SampleDays("length_of_stay", "Average length of stay", Domain.Performance, "Mean length of stay in days for non-elective adult inpatients discharged in the month.", 8.5, -0.15, 0.6, 0.25),
        SampleCount("theatre_sessions", "Theatre sessions run", Domain.Capacity, Improvement.Increase, "Planned operating theatre sessions that went ahead in the month.", 1300, 0.015, -0.05, 0.03),
        SampleWte("doctors_wte", "Doctors in post", Domain.Workforce, "Whole-time equivalent medical and dental staff at the end of the month.", 950, 0.035),
        SampleMoney("bank_spend", "Bank staff spend", Domain.Finance, Improvement.Decrease, "Money spent on bank (internal temporary) staff in the month, in pounds.", 1_700_000, 0.02, 0.06, 0.06),
        SamplePercent("friends_family_test", "Friends and family test: would recommend", Domain.Quality, Improvement.Increase, 90, "Share of inpatients who would recommend the ward to friends and family.", 93, -0.2, -0.4, 0.8),
        SampleCount("outpatient_first", "First outpatient attendances", Domain.Demand, Improvement.Neutral, "First appointments attended in consultant-led outpatient clinics.", 12500, 0.025, -0.04, 0.03),
        SamplePercent("diagnostics_6wk", "Patients waiting over 6 weeks for a test", Domain.Performance, Improvement.Decrease, 5, "Share of patients waiting six weeks or more for a key diagnostic test.", 18, -1.5, 1.5, 0.9),
        SampleCount("critical_care_beds", "Adult critical care beds", Domain.Capacity, Improvement.Increase, "Adult critical care beds open at the end of the month.", 32, 0.01, 0.03, 0.02),
        SamplePercent("staff_turnover", "Staff turnover", Domain.Workforce, Improvement.Decrease, null, "Leavers in the last twelve months as a share of average staff in post.", 12.5, -0.4, 0.2, 0.2),
        SampleMoney("capital_spend", "Capital spend", Domain.Finance, Improvement.Neutral, "Spending on buildings, equipment and digital in the month, in pounds.", 2_500_000, 0.03, -0.2, 0.25),
        SampleRate("shmi", "Summary hospital-level mortality indicator", Domain.Quality, "Ratio of deaths to those expected from the patients treated, times 100.", 100, -0.5, 1.5, 1.5),
        SampleCount("outpatient_slots", "Outpatient appointments offered", Domain.Capacity, Improvement.Increase, "First outpatient appointment slots offered in the month.", 13000, 0.02, -0.03, 0.025) with { MeetsDemand = "outpatient_first" },
        SamplePercent("training_compliance", "Mandatory training compliance", Domain.Workforce, Improvement.Increase, 90, "Share of staff up to date with their mandatory training.", 86, 1.0, -0.5, 0.7),
        SampleMoney("cost_per_bed_day", "Cost per occupied bed day", Domain.Finance, Improvement.Decrease, "Average cost of an occupied general and acute bed day, in pounds.", 420, 12, 8, 6, additive: true, aggregate: AggregateRule.Mean),
        SampleCount("never_events", "Never events", Domain.Quality, Improvement.Decrease, "Serious, largely preventable incidents that should never happen.", 0.4, 0, 0, 0.9),
    ];

    /// <summary>How many metrics the catalogue holds.</summary>
    public static int Count => All.Length;

    /// <summary>The first <paramref name="count"/> metrics.</summary>
    public static IReadOnlyList<SampleMetric> Take(int count) => All[..Math.Clamp(count, 0, All.Length)];

    private static SampleMetric SampleCount(string id, string name, Domain domain, Improvement improvement, string description, double level, double growth, double season, double noise) =>
        new(id, name, domain, Unit.Count, improvement, 0, null, AggregateRule.Sum, description + Illustrative, level, growth, season, noise);

    private static SampleMetric SamplePercent(string id, string name, Domain domain, Improvement improvement, double? target, string description, double level, double trend, double season, double noise) =>
        new(id, name, domain, Unit.Percent, improvement, 1, target, AggregateRule.Mean, description + Illustrative, level, trend, season, noise, Additive: true);

    private static SampleMetric SampleMoney(string id, string name, Domain domain, Improvement improvement, string description, double level, double growth, double season, double noise, bool additive = false, AggregateRule aggregate = AggregateRule.Sum) =>
        new(id, name, domain, Unit.Gbp, improvement, 0, null, aggregate, description + Illustrative, level, growth, season, noise, Additive: additive);

    private static SampleMetric SampleWte(string id, string name, Domain domain, string description, double level, double growth) =>
        new(id, name, domain, Unit.Wte, Improvement.Increase, 1, null, AggregateRule.Sum, description + Illustrative, level, growth, 0.0, 0.004);

    private static SampleMetric SampleRate(string id, string name, Domain domain, string description, double level, double trend, double season, double noise) =>
        new(id, name, domain, Unit.Rate, Improvement.Decrease, 2, null, AggregateRule.Mean, description + Illustrative, level, trend, season, noise, Additive: true);

    private static SampleMetric SampleDays(string id, string name, Domain domain, string description, double level, double trend, double season, double noise) =>
        new(id, name, domain, Unit.Days, Improvement.Decrease, 1, null, AggregateRule.Mean, description + Illustrative, level, trend, season, noise, Additive: true);
}
