using IbpPortal.Fonts;
using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>
/// ScottPlot's font resolver for the charts: the embedded Liberation Sans (<see cref="ProductFonts"/>) as Skia
/// typefaces made from the assembly's bytes, so that Skia never asks fontconfig (or any system font manager) for the
/// chart font and SVG and PDF charts are the same on every machine.
/// </summary>
/// <remarks>
/// The family name resolves to lean faces: the same font in memory with a character map of only
/// <see cref="LeanCharacters"/>, which Skia's SVG writer reads far faster (see there). <see cref="FullFamilyName"/>
/// resolves to the faces as shipped, for text with any other character. Both keep the font's own names, so SVG and PDF
/// name the family "Liberation Sans" either way. The lean copies are made at run time and never written to a file.
/// </remarks>
internal sealed class EmbeddedTypefaces : IFontResolver
{
    /// <summary>The name under which ScottPlot resolves the faces with the font's whole character map.</summary>
    public const string FullFamilyName = ProductFonts.FamilyName + " (all characters)";

    private static readonly Lazy<EmbeddedTypefaces> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKTypeface[] _faces;
    private readonly SKTypeface[] _leanFaces;

    private EmbeddedTypefaces(SKTypeface[] faces, SKTypeface[] leanFaces)
    {
        _faces = faces;
        _leanFaces = leanFaces;
    }

    /// <summary>Registers the resolver first in ScottPlot's list, once per process; returns the family name charts use.</summary>
    public static string EnsureRegistered()
    {
        _ = Instance.Value;
        return FamilyName;
    }

    /// <summary>The typeface of one embedded face, with the font's whole character map.</summary>
    public static SKTypeface Typeface(FontFace face) => Instance.Value._faces[(int)face];

    /// <summary>The ScottPlot font name to draw <paramref name="text"/> with: the lean faces' when they map every character of it.</summary>
    public static string NameFor(string? text) => LeanCharacters.Cover(text) ? EnsureRegistered() : FullName();

    /// <summary>The regular typeface to draw and measure <paramref name="text"/> with; shared, not to be disposed.</summary>
    public static SKTypeface RegularFor(string? text) => LeanCharacters.Cover(text)
        ? Instance.Value._leanFaces[(int)FontFace.Regular]
        : Instance.Value._faces[(int)FontFace.Regular];

    private static string FamilyName => ProductFonts.FamilyName;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
    {
        var face = (int)ProductFonts.Face(bold, italic);
        return string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? _leanFaces[face]
            : string.Equals(fontName, FullFamilyName, StringComparison.OrdinalIgnoreCase) ? _faces[face]
            : null;
    }

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    private static string FullName()
    {
        _ = Instance.Value;
        return FullFamilyName;
    }

    private static EmbeddedTypefaces Create()
    {
        var faces = Enum.GetValues<FontFace>().Select(face => FromBytes(ProductFonts.Bytes(face), ProductFonts.FileName(face))).ToArray();
        var leanFaces = Enum.GetValues<FontFace>().Select(face => Lean(faces[(int)face], face)).ToArray();
        var resolver = new EmbeddedTypefaces(faces, leanFaces);
        lock (ScottPlot.Fonts.FontResolvers)
        {
            ScottPlot.Fonts.FontResolvers.Insert(0, resolver);
        }

        // Text styles created later (labels of lines added after the theme was applied) start from this name.
        ScottPlot.Fonts.Default = ProductFonts.FamilyName;
        return resolver;
    }

    /// <summary>A copy of <paramref name="full"/> whose character map holds only the lean characters it maps.</summary>
    private static SKTypeface Lean(SKTypeface full, FontFace face)
    {
        var codePoints = LeanCharacters.CodePoints.ToArray();
        var glyphs = new ushort[codePoints.Length];
        using (var font = new SKFont(full))
        {
            font.GetGlyphs(codePoints, glyphs);
        }

        var map = codePoints.Zip(glyphs).Where(m => m.Second != 0).ToList();
        return FromBytes(CmapRewriter.WithCmap(ProductFonts.Bytes(face), map), ProductFonts.FileName(face) + " (lean map)");
    }

    private static SKTypeface FromBytes(byte[] bytes, string name) =>
        SKTypeface.FromData(SKData.CreateCopy(bytes))
            ?? throw new InvalidOperationException($"Skia could not read the embedded font {name}.");
}
