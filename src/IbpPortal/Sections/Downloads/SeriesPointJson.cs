using System.Text.Json.Serialization;

namespace IbpPortal.Sections.Downloads;

/// <summary>One month of an SPC series: the value (or why it has none), the mean and limits, the target and the special cause.</summary>
internal sealed record SeriesPointJson(
    string Period,
    double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueStatus,
    double? Mean,
    double? LowerLimit,
    double? UpperLimit,
    double? Target,
    string SpecialCause);
