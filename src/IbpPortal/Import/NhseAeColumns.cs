namespace IbpPortal.Import;

/// <summary>The header names of NHS England's monthly A&amp;E provider CSV (the MSitAE sitrep) that the import reads.</summary>
internal static class NhseAeColumns
{
    public const string Period = "Period";
    public const string OrgCode = "Org Code";

    public static readonly string[] Attendances =
        ["A&E attendances Type 1", "A&E attendances Type 2", "A&E attendances Other A&E Department"];

    public static readonly string[] BookedAttendances =
        ["A&E attendances Booked Appointments Type 1", "A&E attendances Booked Appointments Type 2", "A&E attendances Booked Appointments Other Department"];

    public static readonly string[] Over4Hours =
        ["Attendances over 4hrs Type 1", "Attendances over 4hrs Type 2", "Attendances over 4hrs Other Department"];

    public static readonly string[] BookedOver4Hours =
        ["Attendances over 4hrs Booked Appointments Type 1", "Attendances over 4hrs Booked Appointments Type 2", "Attendances over 4hrs Booked Appointments Other Department"];

    public static readonly string[] EmergencyAdmissions =
        ["Emergency admissions via A&E - Type 1", "Emergency admissions via A&E - Type 2", "Emergency admissions via A&E - Other A&E department"];

    /// <summary>Patients who waited 12 hours or more from decision to admit to admission (read when present).</summary>
    public const string Dta12Hours = "Patients who have waited 12+ hrs from DTA to admission";

    /// <summary>Every column the import needs, in the published order.</summary>
    public static readonly string[] Required =
        [Period, OrgCode, .. Attendances, .. BookedAttendances, .. Over4Hours, .. BookedOver4Hours, .. EmergencyAdmissions];
}
