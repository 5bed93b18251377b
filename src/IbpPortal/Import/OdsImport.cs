using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary><c>ibp import ods etr.csv</c>: names England's open NHS trusts in <c>context-organisations.csv</c>, with their ICB and region.</summary>
/// <remarks>etr.csv has no header: column 1 is the code, 2 the name, 3 the NHS England region code, 4 the ICB code, 12 the close
/// date. Closed trusts and Welsh ones (region W00) are left out, and so are the portal's own organisations.</remarks>
public static class OdsImport
{
    private static readonly Dictionary<string, string> Regions = new(StringComparer.Ordinal)
    {
        ["Y56"] = "London", ["Y58"] = "South West", ["Y59"] = "South East", ["Y60"] = "Midlands",
        ["Y61"] = "East of England", ["Y62"] = "North West", ["Y63"] = "North East and Yorkshire",
    };

    /// <summary>Imports the extract; a one-line summary, or null (every problem reported) when nothing was written.</summary>
    public static string? Run(string file, string dataFolder, DiagnosticBag diagnostics)
    {
        var folder = ImportDataFolder.Load(dataFolder, diagnostics);
        var trusts = Read(file, diagnostics);
        if (folder is null || trusts is null || diagnostics.HasErrors)
        {
            return null;
        }

        var byCode = folder.ContextOrganisations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var added = 0;
        foreach (var trust in trusts.Where(t => !folder.Organisations.Contains(t.Code)))
        {
            added += byCode.ContainsKey(trust.Code) ? 0 : 1;
            byCode[trust.Code] = byCode.TryGetValue(trust.Code, out var old) ? trust with { Sector = old.Sector } : trust;
        }

        try
        {
            using var write = new StagedWrite();
            write.Stage(folder.ContextOrganisationsPath, ContextOrganisationsFile.Format(byCode.Values));
            write.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.File(ImportPaths.Display(folder.ContextOrganisationsPath)), DataDiagnosticCodes.ImportWriteFailed,
                $"the file could not be written ({ex.Message}); it is unchanged", "check that the folder can be written");
            return null;
        }

        return $"{ImportPaths.Display(folder.ContextOrganisationsPath)}: {trusts.Count} open English NHS trusts read, {added} added, {byCode.Count} organisations in all.";
    }

    private static List<ContextOrganisation>? Read(string file, DiagnosticBag diagnostics)
    {
        var display = ImportPaths.Display(file);
        var published = PublishedFile.Open(file, display, diagnostics);
        if (published is null)
        {
            return null;
        }

        if (published.IsWorkbook)
        {
            diagnostics.Error(new SourceLocation(display, 1), DataDiagnosticCodes.ImportOdsLayout, "this is a workbook, not the ODS etr.csv extract", "download etr.csv from the NHS Organisation Data Service and import it unchanged");
            return null;
        }

        using var reader = published.OpenCsv(diagnostics, ImportProgress.None);
        var trusts = new List<ContextOrganisation>();
        while (reader is not null && reader.Read(out var fields, out var line))
        {
            var row = new TableRow(line, fields);
            if (fields.Length < 12 || !OdsCode.IsValid(row.Cell(0)) || row.Cell(1).Length == 0)
            {
                diagnostics.Error(new SourceLocation(display, line), DataDiagnosticCodes.ImportOdsLayout,
                    $"the row has {fields.Length} fields starting '{row.Cell(0)}', not an ODS code, name and the 12 or more fields of etr.csv",
                    "import etr.csv from the NHS Organisation Data Service unchanged (no header row)");
                continue;
            }

            if (row.Cell(11).Length == 0 && Regions.TryGetValue(row.Cell(2), out var region))
            {
                trusts.Add(new ContextOrganisation(row.Cell(0), TitleCase(row.Cell(1)), ContextOrganisation.NhsTrust, string.Empty, row.Cell(3), region));
            }
        }

        return reader is null || reader.Failed ? null : trusts;
    }

    /// <summary>ODS names are in capitals: <c>GUY'S AND ST THOMAS' NHS FOUNDATION TRUST</c> becomes <c>Guy's and St Thomas' NHS Foundation Trust</c>.</summary>
    public static string TitleCase(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((word, i) =>
        word switch
        {
            "NHS" or "ICB" or "CIC" or "UK" => word,
            "AND" or "OF" or "THE" or "FOR" or "IN" when i > 0 => word.ToLowerInvariant(),
            _ => string.Concat(word[..1], word[1..].ToLowerInvariant()),
        }));
}
