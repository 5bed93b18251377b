namespace IbpPortal.BoardPacks.Fonts;

/// <summary>
/// A font family the resolver may use, as the file names of its four faces (any case).
/// </summary>
internal sealed record FontFamilyCandidate(string Name, string Regular, string Bold, string Italic, string BoldItalic)
{
    public string FileName(FontFace face) => face switch
    {
        FontFace.Bold => Bold,
        FontFace.Italic => Italic,
        FontFace.BoldItalic => BoldItalic,
        _ => Regular,
    };
}
