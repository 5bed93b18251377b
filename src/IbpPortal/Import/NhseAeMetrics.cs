namespace IbpPortal.Import;

/// <summary>The metric ids the A&amp;E import writes into <c>actuals.csv</c>.</summary>
public static class NhseAeMetrics
{
    /// <summary>All A&amp;E attendances: types 1, 2 and other, booked appointments included.</summary>
    public const string Attendances = "ae_attendances";

    /// <summary>Type 1 (major emergency department) attendances, booked appointments included.</summary>
    public const string AttendancesType1 = "ae_attendances_type1";

    /// <summary>Attendances over 4 hours from arrival to admission, transfer or discharge, all types, booked included.</summary>
    public const string Breaches = "ae_breaches";

    /// <summary>Attendances within 4 hours (attendances minus breaches); the numerator of <c>ae_4hr</c>.</summary>
    public const string Within4Hours = "ae_within_4hr";

    /// <summary>Emergency admissions via A&amp;E, all types.</summary>
    public const string EmergencyAdmissions = "emergency_admissions";

    /// <summary>Patients who waited 12+ hours from decision to admit to admission.</summary>
    public const string Dta12Hours = "ae_12hr_dta";
}
