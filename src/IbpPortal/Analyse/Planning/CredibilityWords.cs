using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>The plain sentences of the credibility verdicts, each with its numbers.</summary>
internal static class CredibilityWords
{
    public static string Sentence(Metric metric, ProcessLevel process, Period period, double value, string source, CredibilityVerdict verdict)
    {
        var increase = metric.Improvement != Improvement.Decrease;
        string F(double v) => FigureFormat.Format(v, metric);
        var head = $"The {period.ToLongDisplay()} {source} of {F(value)}";
        switch (verdict)
        {
            case CredibilityVerdict.BeyondAnythingSeen:
                var better = increase ? "higher" : "lower";
                if (process.EnglandBest is { } england && PlanCredibility.Sign(metric.Improvement) * (value - england) > 0)
                {
                    return $"{head} is beyond anything seen: {better} than the best month of any of the {process.EnglandScope} in the national data ({F(england)}, {process.EnglandBestLabel}).";
                }

                return $"{head} is beyond anything seen: {better} than this organisation's own best month ({F(process.OwnBest!.Value)}, {process.OwnBestPeriod?.ToLongDisplay()}) by more than the width of its process limits ({Change(process.Width, metric)}).";
            case CredibilityVerdict.NeedsBetterProcess:
                var limit = increase ? $"above the upper process limit ({F(process.Upl)})" : $"below the lower process limit ({F(process.Lpl)})";
                var trend = process.ImprovingTrend ? " The measure is on an improving trend, so its limits may understate what it reaches." : string.Empty;
                return $"{head} lies {limit}: meeting it needs a change in the process.{trend}";
            default:
                var beyondMean = PlanCredibility.Sign(metric.Improvement) * (value - process.Mean) > 0;
                if (beyondMean)
                {
                    var edge = increase ? $"the upper process limit ({F(process.Upl)})" : $"the lower process limit ({F(process.Lpl)})";
                    return $"{head} lies between the mean ({F(process.Mean)}) and {edge}: the current process meets it in some months but not reliably.";
                }

                return $"{head} is within the current process (mean {F(process.Mean)}, limits {F(process.Lpl)} to {F(process.Upl)}): carrying on as now meets it in most months.";
        }
    }

    public static string Pace(Metric metric, ProcessLevel process, Period end, double value, int months, double needed, SustainedRate? best)
    {
        string F(double v) => FigureFormat.Format(v, metric);
        var target = $"the {end.ToLongDisplay()} plan of {F(value)}";
        if (needed <= 0)
        {
            return $"Reaching {target} asks for no improvement on the current mean of {F(process.Mean)}.";
        }

        var need = $"Reaching {target} from the current mean of {F(process.Mean)} needs an improvement of {Rate(needed, metric)} a month for {Months(months)}";
        if (best is null)
        {
            return $"{need}; the history is too short to show a sustained rate (that needs two three-month runs a year apart).";
        }

        var shown = best.PerMonth > 0
            ? $"the best sustained rate this organisation has shown is {Rate(best.PerMonth, metric)} a month (the year to {best.ToEnd.ToLongDisplay()})"
            : "this organisation has not sustained any improvement over a year in the data";
        var verdict = best.PerMonth >= needed ? "within what it has done before" : "faster than it has ever sustained";
        return $"{need}: {verdict}; {shown}.";
    }

    public static string Change(double difference, Metric metric) => FigureFormat.FormatChange(Math.Abs(difference), metric).TrimStart('+');

    private static string Rate(double perMonth, Metric metric) => Change(perMonth, metric with { Decimals = Math.Min(metric.Decimals + 1, 6) });

    private static string Months(int months) => months == 1 ? "1 month" : $"{months.ToString(System.Globalization.CultureInfo.InvariantCulture)} months";
}
