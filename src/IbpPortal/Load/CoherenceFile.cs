using System.Globalization;
using IbpPortal.Coherence;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Load;

/// <summary>Reads the optional <c>data/coherence.yml</c>: a list of plan coherence rules (format in <c>docs/coherence-rules.md</c>).</summary>
internal static class CoherenceFile
{
    /// <summary>The file's path relative to the portal root.</summary>
    public const string DisplayPath = "data/coherence.yml";

    private static readonly string[] Fields = ["rule", "metric", "metrics", "needs_any", "threshold_percent", "limit", "basis", "max_month_to_month_percent", "tolerance", "workforce"];

    private static readonly Dictionary<string, CoherenceRuleKind> Kinds = Enum.GetValues<CoherenceRuleKind>()
        .ToDictionary(CoherenceCodes.RuleName, k => k, StringComparer.Ordinal);

    /// <summary>The rules; none without the file. Every problem is an error (IBP1605) with its line.</summary>
    public static List<CoherenceRule> Read(string portalRoot, IReadOnlyList<Metric> metrics, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(portalRoot, DisplayPath);
        var rules = new List<CoherenceRule>();
        if (!File.Exists(full))
        {
            return rules;
        }

        var known = metrics.Select(m => m.Id).ToList();
        foreach (var entry in YamlEntries.Read(full, DisplayPath, ProvenanceCodes.CoherenceFile, Fields, diagnostics))
        {
            if (ReadRule(entry, known, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static CoherenceRule? ReadRule(YamlEntry entry, List<string> known, DiagnosticBag diagnostics)
    {
        var name = entry.Text("rule");
        if (name is null || !Kinds.TryGetValue(name, out var kind))
        {
            Error(diagnostics, entry.At("rule"), name is null ? "the entry has no 'rule'" : $"there is no rule called '{name}'{NearestName.DidYouMean(name, Kinds.Keys)}",
                $"the rules are: {string.Join(", ", Kinds.Keys)}");
            return null;
        }

        var ok = true;
        var listed = entry.List("metrics") ?? entry.List("metric") ?? GuidanceRules.DefaultMetrics(kind);
        var all = listed is ["*"];
        var metrics = all ? known : listed;
        if (metrics.Count == 0)
        {
            Error(diagnostics, entry.Location, $"the {name} rule names no measure", "add 'metric: <id>' or 'metrics: [<id>, …]' ('*' for every measure)");
            ok = false;
        }

        var needs = kind == CoherenceRuleKind.GuidanceActivityWorkforce ? entry.List("workforce") ?? GuidanceRules.DefaultWorkforce : entry.List("needs_any") ?? [];
        foreach (var id in all ? needs : metrics.Concat(needs))
        {
            if (!known.Contains(id, StringComparer.Ordinal))
            {
                Error(diagnostics, entry.At(needs.Contains(id) ? (kind == CoherenceRuleKind.GuidanceActivityWorkforce ? "workforce" : "needs_any") : entry.Fields.ContainsKey("metrics") ? "metrics" : "metric"),
                    $"there is no metric '{id}'{NearestName.DidYouMean(id, known)}", GuidanceRules.IsGuidance(kind) ? "name the portal's measure with 'metric: <id>' (a ready-made rule assumes the importers' ids)" : "use a metric id from data/metrics.csv");
                ok = false;
            }
        }

        var threshold = Number(entry, "threshold_percent", kind == CoherenceRuleKind.GrowthNeedsCapacity, diagnostics, ref ok);
        var limit = Number(entry, "limit", kind == CoherenceRuleKind.DeficitLimit, diagnostics, ref ok);
        var jump = Number(entry, "max_month_to_month_percent", kind == CoherenceRuleKind.PlanJump, diagnostics, ref ok);
        var tolerance = Number(entry, "tolerance", required: false, diagnostics, ref ok);
        if (kind == CoherenceRuleKind.GrowthNeedsCapacity && needs.Count == 0)
        {
            Error(diagnostics, entry.Location, "the growth_needs_capacity rule has no 'needs_any'", "list the supporting measures, such as 'needs_any: [staff_wte, ga_beds]'");
            ok = false;
        }

        var basis = entry.Text("basis") ?? "month";
        if (basis is not ("month" or "financial_year"))
        {
            Error(diagnostics, entry.At("basis"), $"'basis' is '{basis}'", "write 'basis: month' (each planned month) or 'basis: financial_year' (each year's planned total)");
            ok = false;
        }

        return ok ? new CoherenceRule(kind, [.. metrics], needs, threshold, limit, basis == "financial_year", jump, tolerance, entry.Location) : null;
    }

    private static double Number(YamlEntry entry, string field, bool required, DiagnosticBag diagnostics, ref bool ok)
    {
        var text = entry.Text(field);
        if (text is null)
        {
            if (required)
            {
                Error(diagnostics, entry.Location, $"the rule has no '{field}'", $"add '{field}: <number>'");
                ok = false;
            }

            return 0;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(diagnostics, entry.At(field), $"'{field}' is '{text}', which is not a number", "write a plain number such as 15 or -500000 (no units, no commas)");
            ok = false;
        }

        return value;
    }

    private static void Error(DiagnosticBag diagnostics, SourceLocation at, string message, string hint) =>
        diagnostics.Error(at, ProvenanceCodes.CoherenceFile, message, hint);
}
