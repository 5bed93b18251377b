using IbpPortal.Fonts;
using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>
/// ScottPlot's font resolver for the charts: the embedded Liberation Sans (<see cref="ProductFonts"/>) as Skia
/// typefaces made from the assembly's bytes, so that Skia never asks fontconfig (or any system font manager) for the
/// chart font and SVG and PDF charts are the same on every machine.
/// </summary>
internal sealed class EmbeddedTypefaces : IFontResolver
{
    private static readonly Lazy<EmbeddedTypefaces> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKTypeface[] _faces;

    private EmbeddedTypefaces(SKTypeface[] faces) => _faces = faces;

    /// <summary>Registers the resolver first in ScottPlot's list, once per process; returns the family name charts use.</summary>
    public static string EnsureRegistered()
    {
        _ = Instance.Value;
        return FamilyName;
    }

    /// <summary>The typeface of one embedded face.</summary>
    public static SKTypeface Typeface(FontFace face) => Instance.Value._faces[(int)face];

    private static string FamilyName => ProductFonts.FamilyName;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? _faces[(int)ProductFonts.Face(bold, italic)] : null;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    private static EmbeddedTypefaces Create()
    {
        var faces = Enum.GetValues<FontFace>()
            .Select(face => SKTypeface.FromData(SKData.CreateCopy(ProductFonts.Bytes(face)))
                ?? throw new InvalidOperationException($"Skia could not read the embedded font {ProductFonts.FileName(face)}."))
            .ToArray();
        var resolver = new EmbeddedTypefaces(faces);
        lock (ScottPlot.Fonts.FontResolvers)
        {
            ScottPlot.Fonts.FontResolvers.Insert(0, resolver);
        }

        // Text styles created later (labels of lines added after the theme was applied) start from this name.
        ScottPlot.Fonts.Default = ProductFonts.FamilyName;
        return resolver;
    }
}
