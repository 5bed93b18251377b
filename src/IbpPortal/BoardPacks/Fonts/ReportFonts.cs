using PdfSharp.Fonts;

namespace IbpPortal.BoardPacks.Fonts;

/// <summary>
/// Installs the board packs' font resolver in PDFsharp, once per process, before any font is used.
/// </summary>
/// <remarks>
/// PDFsharp keeps one global resolver (<see cref="GlobalFontSettings.FontResolver"/>) that cannot be
/// swapped after fonts have been used, so it is set lazily and thread-safely here. Fonts are embedded
/// as subsets by PDFsharp automatically. On Debian the packages <c>fonts-liberation2</c> and
/// <c>fonts-dejavu-core</c> provide the fallbacks (see <see cref="SystemFontResolver"/>).
/// </remarks>
internal static class ReportFonts
{
    /// <summary>The family name the layout asks for; the resolver maps it to an installed family.</summary>
    public const string Family = "Arial";

    static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Installs the resolver if needed and returns the name of the family really used.</summary>
    public static string EnsureInstalled() => Installed.Value;

    static string Install()
    {
        if (GlobalFontSettings.FontResolver is SystemFontResolver existing)
            return existing.FamilyName;
        var resolver = SystemFontResolver.Discover()
            ?? throw new InvalidOperationException(
                "No font for the board packs was found: install Arial, or on Debian/Ubuntu `apt-get install fonts-liberation2 fonts-dejavu-core`.");
        GlobalFontSettings.FontResolver = resolver;
        return resolver.FamilyName;
    }
}
