using System.Globalization;

namespace IbpPortal.Model;

/// <summary>A figure from plan data that keeps absent values absent: missing, suppressed and not applicable are never zero.</summary>
public readonly record struct DataValue(ValueKind Kind, double Number)
{
    /// <summary>Blank in the source.</summary>
    public static DataValue Missing => new(ValueKind.Missing, double.NaN);

    /// <summary><c>*</c> in the source.</summary>
    public static DataValue Suppressed => new(ValueKind.Suppressed, double.NaN);

    /// <summary><c>-</c> in the source.</summary>
    public static DataValue NotApplicable => new(ValueKind.NotApplicable, double.NaN);

    /// <summary>A number.</summary>
    public static DataValue Of(double number) => new(ValueKind.Value, number);

    /// <summary>True when this holds a number.</summary>
    public bool HasValue => Kind == ValueKind.Value;

    /// <summary>The number, or null when absent.</summary>
    public double? AsNullable => HasValue ? Number : null;

    /// <summary>How the value is written in CSV: the number, blank, <c>*</c> or <c>-</c>.</summary>
    public string ToCsv() => Kind switch
    {
        ValueKind.Value => Number.ToString("R", CultureInfo.InvariantCulture),
        ValueKind.Suppressed => "*",
        ValueKind.NotApplicable => "-",
        _ => string.Empty,
    };

    /// <summary>A word for readers when there is no number: "not submitted", "suppressed", "not applicable".</summary>
    public string AbsentLabel => Kind switch
    {
        ValueKind.Missing => "not submitted",
        ValueKind.Suppressed => "suppressed",
        ValueKind.NotApplicable => "not applicable",
        _ => string.Empty,
    };
}
