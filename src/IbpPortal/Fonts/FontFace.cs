namespace IbpPortal.Fonts;

/// <summary>One of the four faces of the report family.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
