using IbpPortal.Fonts;
using PdfSharp.Fonts;

namespace IbpPortal.BoardPacks.Fonts;

/// <summary>
/// Installs the board packs' font resolver in PDFsharp, once per process, before any font is used.
/// </summary>
/// <remarks>
/// PDFsharp keeps one global resolver (<see cref="GlobalFontSettings.FontResolver"/>) that cannot be
/// swapped after fonts have been used, so it is set lazily and thread-safely here. The resolver serves the
/// embedded Liberation Sans (<see cref="EmbeddedFontResolver"/>), which PDFsharp embeds as subsets.
/// </remarks>
internal static class ReportFonts
{
    /// <summary>The family name the layout asks for; the resolver maps every family to the embedded faces.</summary>
    public const string Family = "Arial";

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Installs the resolver if needed and returns the name of the family really used.</summary>
    public static string EnsureInstalled() => Installed.Value;

    private static string Install()
    {
        if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }
        return ProductFonts.FamilyName;
    }
}
