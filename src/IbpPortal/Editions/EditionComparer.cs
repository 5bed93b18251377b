using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>Compares what two editions published (pure): new special-cause signals, assurance moves, rank and quartile moves, restated figures.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A new signal is a month flagged now (any rule) that the previous edition did not flag or did not have;
/// consecutive such months with the same rule and meaning are one signal.</item>
/// <item>An assurance move is a change of the latest assurance icon, including to or from none.</item>
/// <item>A rank move is a change of the scorecard's rank or quartile where both editions ranked the organisation.</item>
/// <item>A restated figure is a month both editions published whose value or absent kind differs (exact comparison of
/// the stored numbers, which are written at full precision).</item>
/// </list>
/// An organisation or measure that the previous edition did not have is compared with nothing and shows no changes.
/// </remarks>
public static class EditionComparer
{
    /// <summary>Compares <paramref name="current"/> with <paramref name="previous"/> (null for a first edition).</summary>
    public static EditionComparison Compare(EditionRecord? previous, EditionRecord current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var orgs = current.Series.Select(s => s.Org).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        if (previous is null)
        {
            return new EditionComparison(current.Period, null, null, orgs.ToDictionary(o => o, o => ChangesSinceLastEdition.First(o, current.Period), StringComparer.Ordinal));
        }

        var before = previous.Series.ToDictionary(s => (s.Org, s.Metric));
        var result = new Dictionary<string, ChangesSinceLastEdition>(StringComparer.Ordinal);
        foreach (var group in current.Series.GroupBy(s => s.Org, StringComparer.Ordinal))
        {
            var signals = new List<NewSignal>();
            var assurance = new List<AssuranceMove>();
            var ranks = new List<RankMove>();
            var restated = new List<RestatedFigure>();
            foreach (var now in group.OrderBy(s => s.Metric, StringComparer.Ordinal))
            {
                if (!before.TryGetValue((now.Org, now.Metric), out var then))
                {
                    continue;
                }

                signals.AddRange(NewSignals(then, now));
                if (then.Assurance != now.Assurance)
                {
                    assurance.Add(new AssuranceMove(now.Metric, then.Assurance, now.Assurance));
                }

                if (then.Rank is not null && now.Rank is not null && then.ScorecardPeriod is { } fromPeriod && now.ScorecardPeriod is { } toPeriod &&
                    (then.Rank != now.Rank || then.Quartile != now.Quartile))
                {
                    ranks.Add(new RankMove(now.Metric, fromPeriod, then.Rank, then.RankOutOf, then.Quartile, toPeriod, now.Rank, now.RankOutOf, now.Quartile));
                }

                var old = then.Points.ToDictionary(p => p.Period);
                foreach (var point in now.Points)
                {
                    if (old.TryGetValue(point.Period, out var was) && !Same(was.Value, point.Value))
                    {
                        restated.Add(new RestatedFigure(now.Metric, point.Period, was.Value, point.Value));
                    }
                }
            }

            result[group.Key] = new ChangesSinceLastEdition(group.Key, current.Period, previous.Period, previous.Data.Combined, signals, assurance, ranks, restated);
        }

        return new EditionComparison(current.Period, previous.Period, previous.Data.Combined, result);
    }

    private static List<NewSignal> NewSignals(EditionSeries then, EditionSeries now)
    {
        var flaggedBefore = then.Points.Where(p => p.SpecialCause != SpecialCause.None).Select(p => p.Period).ToHashSet();
        var signals = new List<NewSignal>();
        NewSignal? run = null;
        foreach (var point in now.Points)
        {
            var isNew = point.SpecialCause != SpecialCause.None && !flaggedBefore.Contains(point.Period);
            if (isNew && run is not null && run.Cause == point.SpecialCause && run.Rule == point.Rule && run.To.AddMonths(1) == point.Period)
            {
                run = run with { To = point.Period };
                continue;
            }

            if (run is not null)
            {
                signals.Add(run);
                run = null;
            }

            if (isNew)
            {
                run = new NewSignal(now.Metric, point.Period, point.Period, point.SpecialCause, point.Rule);
            }
        }

        if (run is not null)
        {
            signals.Add(run);
        }

        return signals;
    }

    private static bool Same(DataValue a, DataValue b) => a.Kind == b.Kind && (!a.HasValue || a.Number.Equals(b.Number));
}
