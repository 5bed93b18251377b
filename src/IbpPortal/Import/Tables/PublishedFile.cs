using System.IO.Compression;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;

namespace IbpPortal.Import.Tables;

/// <summary>A published file opened as NHS England publishes it: CSV, a zip holding one CSV, <c>.xls</c> or <c>.xlsx</c>.</summary>
/// <remarks>The kind is found from the file's first bytes, so a renamed file still opens; rows are streamed, never loaded whole.</remarks>
internal sealed class PublishedFile
{
    private PublishedFile(string fullPath, string display, FileKind kind)
    {
        FullPath = fullPath;
        Display = display;
        Kind = kind;
    }

    /// <summary>The file on disk.</summary>
    public string FullPath { get; }

    /// <summary>The path as messages name it.</summary>
    public string Display { get; }

    /// <summary>How the file is stored.</summary>
    public FileKind Kind { get; }

    /// <summary>True for <c>.xls</c> and <c>.xlsx</c>.</summary>
    public bool IsWorkbook => Kind is FileKind.Xls or FileKind.Xlsx;

    /// <summary>Opens a file, or reports why it cannot be (missing, empty, unreadable, a zip without a CSV) and returns null.</summary>
    public static PublishedFile? Open(string fullPath, string display, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(fullPath))
        {
            FolderGiven(fullPath, display, diagnostics);
            return null;
        }

        if (!File.Exists(fullPath))
        {
            diagnostics.Error(SourceLocation.File(display), DataDiagnosticCodes.ImportFileNotFound, "the file does not exist", "check the path");
            return null;
        }

        try
        {
            var head = new byte[8];
            int read;
            using (var stream = File.OpenRead(fullPath))
            {
                read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            if (read == 0)
            {
                diagnostics.Error(new SourceLocation(display, 1), DataDiagnosticCodes.EmptyFile, "the file is empty", "download the file again from NHS England");
                return null;
            }

            var kind = head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0 ? FileKind.Xls
                : head[0] == (byte)'P' && head[1] == (byte)'K' ? ZipKind(fullPath)
                : FileKind.Csv;
            return new PublishedFile(fullPath, display, kind);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            diagnostics.Error(
                SourceLocation.File(display),
                DataDiagnosticCodes.UnreadableFile,
                $"the file could not be read ({ex.Message})",
                "check that it is the file as downloaded, not open in another program, and can be read");
            return null;
        }
    }

    /// <summary>Opens the CSV (plain or the one inside a zip), or reports why not and returns null.</summary>
    public CsvFileReader? OpenCsv(DiagnosticBag diagnostics, ImportProgress progress)
    {
        if (Kind == FileKind.Csv)
        {
            var file = new FileStream(FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);
            return CsvFileReader.FromStream(new ProgressStream(file, file.Length, f => progress.Report(Display, f)), Display, diagnostics);
        }

        if (Kind != FileKind.ZipOfCsv)
        {
            return null;
        }

        var zip = ZipFile.OpenRead(FullPath);
        var members = zip.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (members.Count != 1)
        {
            zip.Dispose();
            diagnostics.Error(
                SourceLocation.File(Display),
                DataDiagnosticCodes.ImportZipContents,
                $"the zip file holds {members.Count} CSV files; the import reads a zip holding exactly one",
                "import the zip as NHS England publishes it, or unzip it and name the CSV");
            return null;
        }

        var entry = members[0];
        var stream = new ZipMemberStream(zip, entry.Open());
        return CsvFileReader.FromStream(new ProgressStream(stream, entry.Length, f => progress.Report(Display, f)), Display, diagnostics);
    }

    private static FileKind ZipKind(string fullPath)
    {
        using var zip = ZipFile.OpenRead(fullPath);
        return zip.GetEntry("xl/workbook.xml") is not null ? FileKind.Xlsx : FileKind.ZipOfCsv;
    }

    private static void FolderGiven(string folder, string display, DiagnosticBag diagnostics)
    {
        var files = Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .Where(name => Path.GetExtension(name) is ".csv" or ".zip" or ".xls" or ".xlsx")
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = files.Count == 0
            ? "it holds no .csv, .zip, .xls or .xlsx files"
            : $"it holds {string.Join(", ", files.Take(5))}" + (files.Count > 5 ? $" and {files.Count - 5} more" : string.Empty);
        diagnostics.Error(
            SourceLocation.File(display),
            DataDiagnosticCodes.ImportFolderGiven,
            $"this is a folder, not a file ({listed})",
            files.Count == 0 ? "give the paths of the files to import" : $"give the files themselves, such as {Path.Combine(display, "*" + Path.GetExtension(files[0]))}");
    }
}
