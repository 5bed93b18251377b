using IbpPortal.Fonts;
using PdfSharp.Fonts;

namespace IbpPortal.BoardPacks.Fonts;

/// <summary>
/// PDFsharp's font resolver for the board packs: every family asked for resolves to the embedded Liberation Sans
/// (<see cref="ProductFonts"/>); no font directory of the machine is ever searched.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string FacePrefix = "IbpReport-";

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FacePrefix + ProductFonts.Face(bold, italic));

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        faceName.StartsWith(FacePrefix, StringComparison.Ordinal) && Enum.TryParse<FontFace>(faceName[FacePrefix.Length..], out var face)
            ? ProductFonts.Bytes(face)
            : null;
}
