using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Checks earlier editions' promised recoveries at this edition and adds this edition's own (pure).</summary>
/// <remarks>
/// At edition P, each live promise of an earlier edition (open, overdue or dropped) with promised month R is:
/// <list type="bullet">
/// <item><b>kept</b> when the measure is no longer an exception and P ≤ R; <b>recovered late</b> when it is no longer one and P &gt; R;</item>
/// <item><b>dropped</b> when it is still an exception and this edition has no narrative for it;</item>
/// <item><b>overdue</b> when it is still an exception, has a narrative, and P ≥ R (the promised month has come); otherwise <b>open</b>.</item>
/// </list>
/// This edition's narratives with a month add a promise unless a live earlier one of the same measure already promises that month.
/// Kept and late promises are reported once and leave the ledger; live ones stay until the measure recovers. A measure is a
/// <b>repeated exception</b> when two or more of its promises have missed their month (overdue, or dropped after it).
/// </remarks>
public static class PromiseLedger
{
    /// <summary>How many missed promises make a repeated exception.</summary>
    public const int RepeatedAfter = 2;

    /// <summary>Every promise checked at <paramref name="edition"/>, in organisation, measure, made-in and month order.</summary>
    /// <param name="earlier">The previous edition's ledger.</param>
    /// <param name="made">This edition's narratives.</param>
    /// <param name="isException">Whether an organisation's measure is an exception in this edition.</param>
    public static IReadOnlyList<Promise> Check(IEnumerable<Promise> earlier, Period edition, IEnumerable<PromiseMade> made, Func<string, string, bool> isException)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(made);
        ArgumentNullException.ThrowIfNull(isException);
        var narratives = made.Where(m => m.Edition == edition).ToList();
        bool HasNarrative(string org, string measure) => narratives.Any(n => n.Org == org && n.Measure == measure);

        var result = new List<Promise>();
        foreach (var p in earlier.Where(p => p.IsLive && p.MadeIn < edition))
        {
            var status = !isException(p.Org, p.Measure) ? (edition <= p.Recovery ? PromiseStatus.Kept : PromiseStatus.RecoveredLate)
                : !HasNarrative(p.Org, p.Measure) ? PromiseStatus.Dropped
                : edition >= p.Recovery ? PromiseStatus.Overdue
                : PromiseStatus.Open;
            result.Add(p with { Status = status, CheckedIn = edition });
        }

        foreach (var n in narratives)
        {
            if (n.Recovery is not { } month || result.Any(p => p.Org == n.Org && p.Measure == n.Measure && p.Recovery == month && p.IsLive))
            {
                continue;
            }

            var status = !isException(n.Org, n.Measure) ? PromiseStatus.Kept : edition >= month ? PromiseStatus.Overdue : PromiseStatus.Open;
            result.Add(new Promise(n.Org, n.Measure, edition, month, n.Owner, n.Actions, status, edition));
        }

        return [.. result
            .OrderBy(p => p.Org, StringComparer.Ordinal)
            .ThenBy(p => p.Measure, StringComparer.Ordinal)
            .ThenBy(p => p.MadeIn)
            .ThenBy(p => p.Recovery)];
    }

    /// <summary>The measures of an organisation with <see cref="RepeatedAfter"/> or more missed promises, by id.</summary>
    public static IReadOnlyList<string> RepeatedExceptions(IEnumerable<Promise> checkedPromises, string org)
    {
        ArgumentNullException.ThrowIfNull(checkedPromises);
        return [.. checkedPromises.Where(p => p.Org == org && p.Missed)
            .GroupBy(p => p.Measure, StringComparer.Ordinal)
            .Where(g => g.Count() >= RepeatedAfter)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Earlier narratives as promises, for an edition without a previous record: each kept folder of narratives is an earlier edition's promise, still open when made.</summary>
    public static IReadOnlyList<Promise> FromEarlierNarratives(IEnumerable<PromiseMade> made, Period edition)
    {
        ArgumentNullException.ThrowIfNull(made);
        return [.. made.Where(m => m.Edition < edition && m.Recovery is not null)
            .OrderBy(m => m.Edition)
            .DistinctBy(m => (m.Org, m.Measure, m.Recovery))
            .Select(m => new Promise(m.Org, m.Measure, m.Edition, m.Recovery!.Value, m.Owner, m.Actions, PromiseStatus.Open, m.Edition))];
    }
}
