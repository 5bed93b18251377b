using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>A row of <c>actuals.csv</c> whose value an import changed, for the summary (old → new).</summary>
/// <param name="Removed">True when a revised edition no longer gives the figure and it was removed.</param>
public sealed record ImportChange(string Org, string Metric, Period Period, DataValue Old, DataValue New, bool Removed = false)
{
    /// <summary>Formats as <c>RJ1 ae_attendances 2025-03: 18104 → 18110</c>.</summary>
    public override string ToString() => $"{Org} {Metric} {Period}: {Show(Old)} → {(Removed ? "(removed)" : Show(New))}";

    private static string Show(DataValue value) => value.HasValue ? value.ToCsv() : $"({value.AbsentLabel})";
}
