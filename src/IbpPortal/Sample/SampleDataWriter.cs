using System.Globalization;
using System.Text;
using IbpPortal.Model;

namespace IbpPortal.Sample;

/// <summary>Writes a sample portal's <c>data/</c> folder, streaming the large files series by series.</summary>
internal static class SampleDataWriter
{
    private const double MissingChance = 0.0006;
    private const double SuppressedChance = 0.0004;
    private const int MaxRebases = 5;

    /// <summary>Writes every data file; returns the number of actual and plan rows.</summary>
    public static (long Actuals, long Plans) Write(string folder, IReadOnlyList<SampleOrganisation> orgs, IReadOnlyList<SampleMetric> metrics, SampleOptions options)
    {
        Directory.CreateDirectory(folder);
        WriteOrganisations(Path.Combine(folder, "organisations.csv"), orgs);
        WriteMetrics(Path.Combine(folder, "metrics.csv"), metrics);
        var first = options.LastPeriod.AddMonths(1 - options.Months);
        var periods = Enumerable.Range(0, options.Months).Select(t => first.AddMonths(t).ToString()).ToArray();
        var rebases = new List<(string Org, string Metric, string Period)>();
        long actualRows = 0, planRows = 0;
        using (var actuals = new SampleCsvWriter(Path.Combine(folder, "actuals.csv"), "org", "metric", "period", "value"))
        using (var plans = new SampleCsvWriter(Path.Combine(folder, "plans.csv"), "org", "metric", "period", "value"))
        {
            for (var o = 0; o < orgs.Count; o++)
            {
                var org = orgs[o];
                if (org.Type == OrgType.Icb)
                {
                    continue; // ICB figures are aggregated from their trusts.
                }

                var drawn = new Dictionary<string, SampleSeries>(StringComparer.Ordinal);
                for (var m = 0; m < metrics.Count; m++)
                {
                    var metric = metrics[m];
                    if (metric.IsRatio)
                    {
                        continue;
                    }

                    var random = SampleRandom.For(options.Seed, o, m);
                    var parent = metric.PartOf is { } p ? drawn.GetValueOrDefault(p) : null;
                    var series = SampleSeries.Draw(metric, org, first, options.Months, random, parent);
                    drawn[metric.Id] = series;
                    for (var t = 0; t < options.Months; t++)
                    {
                        actuals.Observation(org.Code, metric.Id, periods[t], ActualCell(metric, series.Actual[t], random));
                        plans.Observation(org.Code, metric.Id, periods[t], SampleCsvWriter.Number(series.Plan[t], metric.Decimals));
                    }

                    actualRows += options.Months;
                    planRows += options.Months;
                    if (series.ShiftAt is { } shift && rebases.Count < MaxRebases && metric.Unit != Unit.Count)
                    {
                        rebases.Add((org.Code, metric.Id, periods[shift]));
                    }
                }
            }
        }

        using (var rebase = new SampleCsvWriter(Path.Combine(folder, "rebase.csv"), "org", "metric", "period", "reason"))
        {
            foreach (var (org, metric, period) in rebases)
            {
                rebase.Row(org, metric, period, "Service change (illustrative)");
            }
        }

        WriteTargets(Path.Combine(folder, "targets.csv"), orgs, metrics, periods);
        WriteScenarios(Path.Combine(folder, "scenarios.yml"), metrics);
        return (actualRows, planRows);
    }

    /// <summary>The actuals cell: usually the number; now and then blank (not submitted) or <c>*</c> (small numbers suppressed).</summary>
    private static string ActualCell(SampleMetric metric, double value, SampleRandom random)
    {
        var roll = random.NextDouble();
        if (roll < MissingChance)
        {
            return string.Empty;
        }

        if (metric.Unit == Unit.Count && (roll < MissingChance + SuppressedChance || (value < 3 && roll < 0.05)))
        {
            return "*";
        }

        return SampleCsvWriter.Number(value, metric.Decimals);
    }

    private static void WriteOrganisations(string path, IReadOnlyList<SampleOrganisation> orgs)
    {
        using var csv = new SampleCsvWriter(path, "code", "name", "type", "icb", "region", "peer_group");
        foreach (var org in orgs)
        {
            csv.Row(org.Code, org.Name, org.Type == OrgType.Icb ? "icb" : "trust", org.Icb ?? string.Empty, org.Region, org.PeerGroup);
        }
    }

    private static void WriteMetrics(string path, IReadOnlyList<SampleMetric> metrics)
    {
        using var csv = new SampleCsvWriter(path, "id", "name", "domain", "unit", "improvement", "decimals", "target", "numerator", "denominator", "aggregate", "description", "meets_demand");
        foreach (var m in metrics)
        {
            csv.Row(
                m.Id,
                m.Name,
                Word(m.Domain),
                Word(m.Unit),
                Word(m.Improvement),
                m.Decimals.ToString(CultureInfo.InvariantCulture),
                m.Target?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                m.Numerator ?? string.Empty,
                m.Denominator ?? string.Empty,
                Word(m.Aggregate),
                m.Description,
                m.MeetsDemand ?? string.Empty);
        }
    }

    /// <summary>A national row (<c>*</c>) for the last month of a percent metric, and local targets for a few trusts over the last year.</summary>
    private static void WriteTargets(string path, IReadOnlyList<SampleOrganisation> orgs, IReadOnlyList<SampleMetric> metrics, string[] periods)
    {
        using var csv = new SampleCsvWriter(path, "org", "metric", "period", "value");
        var targeted = metrics.Where(m => m.Target is not null).ToList();
        if (targeted.Count == 0)
        {
            return;
        }

        csv.Row("*", targeted[^1].Id, periods[^1], SampleCsvWriter.Number(targeted[^1].Target!.Value, targeted[^1].Decimals));
        var metric = targeted[0];
        var local = metric.Improvement == Improvement.Decrease ? metric.Target!.Value + 2 : metric.Target!.Value - 7;
        foreach (var org in orgs.Where(o => o.Type == OrgType.Trust).Take(3))
        {
            foreach (var period in periods.TakeLast(12))
            {
                csv.Row(org.Code, metric.Id, period, SampleCsvWriter.Number(local, metric.Decimals));
            }
        }
    }

    private static void WriteScenarios(string path, IReadOnlyList<SampleMetric> metrics)
    {
        var ids = metrics.Where(m => !m.IsRatio).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder("# Planning scenarios for the generated sample portal. Illustrative assumptions, not forecasts.\n");
        Scenario(text, ids, "do-nothing", "Do nothing", "Demand keeps growing at recent rates and services carry on as they are.",
            [("ae_attendances", 3), ("referrals", 4), ("emergency_admissions", 3)]);
        Scenario(text, ids, "system-flow", "System flow", "Same-day emergency care treats more patients without a hospital stay.",
            [("ae_attendances", 1), ("emergency_admissions", -2), ("ae_within_4hr", 5), ("bed_occupancy", -3)]);
        Scenario(text, ids, "workforce-first", "Workforce first", "A recruitment and retention drive fills vacancies and cuts agency spending.",
            [("staff_wte", 4), ("vacancy_rate", -20), ("agency_spend", -25), ("elective_activity", 6)]);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static void Scenario(StringBuilder text, HashSet<string> ids, string id, string name, string description, (string Metric, double Change)[] adjustments)
    {
        text.Append(CultureInfo.InvariantCulture, $"- id: {id}\n  name: \"{name}\"\n  description: \"{description}\"\n  horizon_months: 12\n");
        var kept = adjustments.Where(a => ids.Contains(a.Metric)).ToList();
        text.Append(kept.Count == 0 ? "  adjustments: {}\n" : "  adjustments:\n");
        foreach (var (metric, change) in kept)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {metric}: {change}\n");
        }
    }

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
