using System.Collections.Concurrent;

namespace IbpPortal.Fonts;

/// <summary>
/// The one typeface of charts and board packs, Liberation Sans 2.1.5, shipped inside this assembly.
/// </summary>
/// <remarks>
/// The four TTF files and their licence (SIL Open Font License 1.1, <c>OFL.txt</c>) are in the source folder
/// <c>src/IbpPortal/Fonts</c> and are compiled in as embedded resources. Charts (Skia) and packs (PDFsharp) read
/// only these bytes and never ask the operating system for a font, so a chart or pack is byte-identical on every
/// machine whatever fonts it has installed. Liberation Sans has Arial's metrics, so chart text matches the pages.
/// </remarks>
internal static class ProductFonts
{
    /// <summary>The family name of the embedded faces, as the TTF files name it (and as SVG text refers to it).</summary>
    public const string FamilyName = "Liberation Sans";

    private const string ResourcePrefix = "IbpPortal.Fonts.";

    private static readonly ConcurrentDictionary<FontFace, byte[]> Cache = new();

    /// <summary>The file name of a face, as it is in the source folder.</summary>
    public static string FileName(FontFace face) => face switch
    {
        FontFace.Bold => "LiberationSans-Bold.ttf",
        FontFace.Italic => "LiberationSans-Italic.ttf",
        FontFace.BoldItalic => "LiberationSans-BoldItalic.ttf",
        _ => "LiberationSans-Regular.ttf",
    };

    /// <summary>The face for a bold and italic request.</summary>
    public static FontFace Face(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };

    /// <summary>The TTF bytes of <paramref name="face"/>, read from the assembly once per process; callers must not change them.</summary>
    public static byte[] Bytes(FontFace face) => Cache.GetOrAdd(face, Read);

    private static byte[] Read(FontFace face)
    {
        var name = ResourcePrefix + FileName(face);
        using var stream = typeof(ProductFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the IbpPortal assembly.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
