using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>NHS identity colours for fills, status bars and icons.</summary>
/// <remarks>Values from the NHS identity guidelines' colour palette (as used by nhsuk-frontend).</remarks>
public static class NhsColours
{
    /// <summary>NHS Blue, #005EB8: table headers, headings' rules, links.</summary>
    public static XColor Blue { get; } = XColor.FromArgb(0x00, 0x5E, 0xB8);

    /// <summary>NHS Dark Blue, #003087.</summary>
    public static XColor DarkBlue { get; } = XColor.FromArgb(0x00, 0x30, 0x87);

    /// <summary>NHS Pale Grey, #E8EDEE: zebra rows and tile backgrounds.</summary>
    public static XColor PaleGrey { get; } = XColor.FromArgb(0xE8, 0xED, 0xEE);

    /// <summary>NHS Mid Grey, #768692: rules and borders.</summary>
    public static XColor MidGrey { get; } = XColor.FromArgb(0x76, 0x86, 0x92);

    /// <summary>NHS Dark Grey, #425563: secondary text.</summary>
    public static XColor DarkGrey { get; } = XColor.FromArgb(0x42, 0x55, 0x63);

    /// <summary>Body text colour, #212B32.</summary>
    public static XColor Text { get; } = XColor.FromArgb(0x21, 0x2B, 0x32);

    /// <summary>NHS Green, #007F3B: good or improving.</summary>
    public static XColor Green { get; } = XColor.FromArgb(0x00, 0x7F, 0x3B);

    /// <summary>NHS Red, #D5281B: concern.</summary>
    public static XColor Red { get; } = XColor.FromArgb(0xD5, 0x28, 0x1B);

    /// <summary>NHS Orange, #ED8B00: warning.</summary>
    public static XColor Orange { get; } = XColor.FromArgb(0xED, 0x8B, 0x00);

    /// <summary>NHS Warm Yellow, #FFB81C.</summary>
    public static XColor WarmYellow { get; } = XColor.FromArgb(0xFF, 0xB8, 0x1C);

    /// <summary>NHS Purple, #330072.</summary>
    public static XColor Purple { get; } = XColor.FromArgb(0x33, 0x00, 0x72);

    /// <summary>White.</summary>
    public static XColor White { get; } = XColor.FromArgb(0xFF, 0xFF, 0xFF);
}
