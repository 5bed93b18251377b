using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using PdfSharp.Fonts;

namespace IbpPortal.BoardPacks.Fonts;

/// <summary>
/// Finds the report family's font files on Linux, Windows and macOS for PDFsharp, which finds no
/// font on its own outside Windows.
/// </summary>
/// <remarks>
/// The family asked for (any name; the layout asks for <see cref="ReportFonts.Family"/>) resolves to
/// the first family whose regular face is installed: Arial (Windows <c>C:\Windows\Fonts\arial*.ttf</c>,
/// macOS <c>/Library/Fonts</c> or <c>/System/Library/Fonts/Supplemental/Arial*.ttf</c>, Linux
/// <c>msttcorefonts</c>), then Liberation Sans (metric-compatible with Arial; Debian package
/// <c>fonts-liberation2</c>, <c>/usr/share/fonts/truetype/liberation2</c>), then DejaVu Sans (Debian
/// <c>fonts-dejavu-core</c>). A missing bold or italic face is simulated from the regular one.
/// Directories are searched in a fixed order so that one machine always picks the same files;
/// two machines with different fonts installed produce different (each deterministic) PDFs.
/// </remarks>
internal sealed class SystemFontResolver : IFontResolver
{
    static readonly FontFamilyCandidate[] Families =
    [
        new("Arial", "arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
        new("Arial", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"),
        new("Arial", "Arial.ttf", "Arial_Bold.ttf", "Arial_Italic.ttf", "Arial_Bold_Italic.ttf"),
        new("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        new("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    ];

    const string FacePrefix = "IbpReport-";

    readonly Dictionary<string, string> _files;
    readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    SystemFontResolver(Dictionary<string, string> files, string familyName)
    {
        _files = files;
        FamilyName = familyName;
    }

    /// <summary>Gets the name of the family the files belong to, e.g. "Liberation Sans".</summary>
    public string FamilyName { get; }

    /// <summary>Searches the platform's font directories; null when no candidate family is installed.</summary>
    public static SystemFontResolver? Discover()
    {
        var index = IndexFontFiles(FontDirectories());
        foreach (var family in Families)
        {
            if (!index.TryGetValue(family.Regular, out var regular))
                continue;
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var face in Enum.GetValues<FontFace>())
                files[face.ToString()] = index.TryGetValue(family.FileName(face), out var path) ? path : regular;
            return new SystemFontResolver(files, family.Name);
        }
        return null;
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => FontFace.BoldItalic,
            (true, false) => FontFace.Bold,
            (false, true) => FontFace.Italic,
            _ => FontFace.Regular,
        };
        var path = _files[face.ToString()];
        var regular = _files[nameof(FontFace.Regular)];
        // A face that fell back to the regular file is drawn by simulation.
        bool simulateBold = bold && path == regular;
        bool simulateItalic = italic && path == regular;
        return new FontResolverInfo(FacePrefix + face, simulateBold, simulateItalic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        faceName.StartsWith(FacePrefix, StringComparison.Ordinal) && _files.TryGetValue(faceName[FacePrefix.Length..], out var path) ? _bytes.GetOrAdd(path, File.ReadAllBytes) : null;

    static IEnumerable<string> FontDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts");
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts");
        }
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            yield return "/Library/Fonts";
            yield return "/System/Library/Fonts/Supplemental";
            yield return "/System/Library/Fonts";
            yield return Path.Combine(home, "Library", "Fonts");
        }
        else
        {
            // Liberation 2 before Liberation 1: Debian installs both when asked for fonts-liberation2.
            yield return "/usr/share/fonts/truetype/msttcorefonts";
            yield return "/usr/share/fonts/truetype/liberation2";
            yield return "/usr/share/fonts/truetype/liberation";
            yield return "/usr/share/fonts/truetype/dejavu";
            yield return "/usr/share/fonts";
            yield return "/usr/local/share/fonts";
            yield return Path.Combine(home, ".local", "share", "fonts");
            yield return Path.Combine(home, ".fonts");
        }
    }

    static Dictionary<string, string> IndexFontFiles(IEnumerable<string> directories)
    {
        // First directory wins for a file name; within a directory, the ordinal order of paths decides.
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
                continue;
            var files = Directory.EnumerateFiles(directory, "*.ttf", options).ToList();
            files.Sort(StringComparer.Ordinal);
            foreach (var file in files)
                index.TryAdd(Path.GetFileName(file), file);
        }
        return index;
    }
}
