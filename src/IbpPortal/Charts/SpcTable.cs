using IbpPortal.Analyse.Spc;

namespace IbpPortal.Charts;

/// <summary>Builds the rows of the collapsible data table shown beside an SPC chart.</summary>
public static class SpcTable
{
    /// <summary>One row per month in period order, values formatted by the metric's unit.</summary>
    public static IReadOnlyList<SpcTableRow> Rows(SpcChartData data)
    {
        string Format(double? value) => value is { } v ? ValueFormatter.Format(v, data.Metric) : string.Empty;

        return data.Spc.Points
            .OrderBy(p => p.Period)
            .Select(p => new SpcTableRow(
                p.Period,
                p.Period.ToDisplay(data.Metric.Frequency),
                p.Value.HasValue ? ValueFormatter.Format(p.Value.Number, data.Metric) : p.Value.AbsentLabel,
                p.Value.AsNullable,
                Format(p.Mean),
                Format(p.Lpl),
                Format(p.Upl),
                Format(p.Target),
                SignalText(p)))
            .ToList();
    }

    private static string SignalText(SpcPoint point)
    {
        if (!point.Value.HasValue)
        {
            return string.Empty;
        }

        if (point.SpecialCause == SpecialCause.None)
        {
            return "Common cause";
        }

        var cause = SpcIcons.CauseWord(point.SpecialCause);
        return $"{char.ToUpperInvariant(cause[0])}{cause[1..]}: {SpcIcons.RuleLabel(point.Rule)}";
    }
}
