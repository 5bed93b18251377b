using IbpPortal.Analyse.Spc;

namespace IbpPortal.Charts;

/// <summary>Builds the rows of the collapsible data table shown beside an SPC chart.</summary>
public static class SpcTable
{
    /// <summary>One row per month in period order, values formatted by the metric's unit.</summary>
    public static IReadOnlyList<SpcTableRow> Rows(SpcChartData data)
    {
        // One money scale for the whole table, so £1.5m never sits beside £500k.
        var scale = Analyse.FigureFormat.ScaleFor(data.Spc.Points.SelectMany(p => new[] { p.Value.AsNullable, p.Mean, p.Lpl, p.Upl, p.Target }).OfType<double>());
        string Format(double? value) => value is { } v ? Analyse.FigureFormat.Format(v, data.Metric, scale) : string.Empty;

        return data.Spc.Points
            .OrderBy(p => p.Period)
            .Select(p => new SpcTableRow(
                p.Period,
                p.Period.ToDisplay(data.Metric.Frequency),
                p.Value.HasValue ? Format(p.Value.Number) : p.Value.AbsentLabel,
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
