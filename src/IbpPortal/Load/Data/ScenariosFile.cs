using System.Globalization;
using System.Text;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>scenarios.yml</c>: a list of <c>{id, name, description, horizon_months, adjustments: {metric: annual % change}}</c>.</summary>
internal static class ScenariosFile
{
    private static readonly string[] Fields = ["id", "name", "description", "horizon_months", "adjustments"];

    /// <summary>Reads every scenario; problems are reported with the line of the entry or field at fault.</summary>
    public static List<Scenario> Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var scenarios = new List<Scenario>();
        YamlStream stream;
        try
        {
            using var reader = new StreamReader(fullPath, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            stream = [];
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            diagnostics.Error(
                new SourceLocation(displayPath, LineOf(ex.Start), (int)Math.Max(1, ex.Start.Column)),
                DataDiagnosticCodes.YamlSyntax,
                $"this is not valid YAML ({FirstSentence(ex.Message)})",
                "check the indentation and that every 'key: value' pair has a space after the colon");
            return scenarios;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.File(displayPath), DataDiagnosticCodes.NotUtf8, "the file is not valid UTF-8", "save it as UTF-8");
            return scenarios;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.File(displayPath), DataDiagnosticCodes.UnreadableFile, $"the file could not be read ({ex.Message})", "check that it can be read");
            return scenarios;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return scenarios;
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            diagnostics.Error(
                new SourceLocation(displayPath, LineOf(stream.Documents[0].RootNode.Start)),
                DataDiagnosticCodes.ScenarioShape,
                "the file is not a list of scenarios",
                "start each scenario with '- id: …' at the left margin");
            return scenarios;
        }

        foreach (var entry in list.Children)
        {
            if (ReadScenario(entry, displayPath, diagnostics) is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        return scenarios;
    }

    private static Scenario? ReadScenario(YamlNode entry, string displayPath, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(displayPath, LineOf(entry.Start));
        if (entry is not YamlMappingNode mapping)
        {
            diagnostics.Error(location, DataDiagnosticCodes.ScenarioShape, "this list entry is not a scenario", "write a scenario as 'key: value' lines: id, name, description, horizon_months, adjustments");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(Fields, key) < 0)
            {
                diagnostics.Warning(
                    new SourceLocation(displayPath, LineOf(keyNode.Start)),
                    DataDiagnosticCodes.ScenarioUnknownField,
                    $"field '{key}' is not used and is ignored{NearestName.DidYouMean(key, Fields)}",
                    $"the fields of a scenario are: {string.Join(", ", Fields)}");
                continue;
            }

            values[key] = valueNode;
        }

        var ok = true;
        var id = Scalar(values, "id");
        var name = Scalar(values, "name");
        foreach (var (field, text) in new[] { ("id", id), ("name", name), ("horizon_months", Scalar(values, "horizon_months")) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Error(location, DataDiagnosticCodes.ScenarioFieldMissing, $"the scenario has no '{field}'", $"add '{field}: …' to the scenario");
                ok = false;
            }
        }

        var horizon = 0;
        if (values.TryGetValue("horizon_months", out var horizonNode) && Scalar(values, "horizon_months") is { Length: > 0 } horizonText &&
            !int.TryParse(horizonText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out horizon))
        {
            diagnostics.Error(
                new SourceLocation(displayPath, LineOf(horizonNode.Start)),
                DataDiagnosticCodes.ScenarioFieldInvalid,
                $"'horizon_months' is '{horizonText}', which is not a whole number of months",
                "give the number of months to project, from 1 to 120");
            ok = false;
        }

        var adjustments = ReadAdjustments(values, displayPath, diagnostics, ref ok);
        return ok
            ? new Scenario(id!, name!, Scalar(values, "description") ?? string.Empty, horizon, adjustments, location)
            : null;
    }

    private static Dictionary<string, double> ReadAdjustments(
        Dictionary<string, YamlNode> values, string displayPath, DiagnosticBag diagnostics, ref bool ok)
    {
        var adjustments = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!values.TryGetValue("adjustments", out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return adjustments;
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(
                new SourceLocation(displayPath, LineOf(node.Start)),
                DataDiagnosticCodes.ScenarioFieldInvalid,
                "'adjustments' is not a list of 'metric: annual % change' pairs",
                "write one 'metric_id: 3.5' line per metric, indented under 'adjustments:'");
            ok = false;
            return adjustments;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var metric = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var text = (valueNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Cells.TryNumber(text.Trim(), out var change))
            {
                diagnostics.Error(
                    new SourceLocation(displayPath, LineOf(valueNode.Start)),
                    DataDiagnosticCodes.ScenarioFieldInvalid,
                    $"the adjustment for '{metric}' is '{text}', which is not a number",
                    "give the annual percentage change as a plain number, such as 3.5 or -2 (no % sign)");
                ok = false;
                continue;
            }

            adjustments[metric] = change;
        }

        return adjustments;
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string key) =>
        values.TryGetValue(key, out var node) && node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.').Replace("(Line:", "(line", StringComparison.Ordinal);
    }
}
