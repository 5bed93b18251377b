using System.Globalization;
using IbpPortal.Charts;
using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>NHS identity colours for fills, status bars and icons, as PDF colours.</summary>
/// <remarks>The values are <see cref="NhsPalette"/>'s, the palette the charts use too.</remarks>
public static class NhsColours
{
    /// <summary>NHS Blue, #005EB8: table headers, headings' rules, links.</summary>
    public static XColor Blue { get; } = FromHex(NhsPalette.Blue);

    /// <summary>NHS Dark Blue, #003087.</summary>
    public static XColor DarkBlue { get; } = FromHex(NhsPalette.DarkBlue);

    /// <summary>NHS Pale Grey, #E8EDEE: zebra rows and tile backgrounds.</summary>
    public static XColor PaleGrey { get; } = FromHex(NhsPalette.PaleGrey);

    /// <summary>NHS Mid Grey, #768692: rules and borders.</summary>
    public static XColor MidGrey { get; } = FromHex(NhsPalette.MidGrey);

    /// <summary>NHS Dark Grey, #425563: secondary text.</summary>
    public static XColor DarkGrey { get; } = FromHex(NhsPalette.DarkGrey);

    /// <summary>Body text colour, #212B32.</summary>
    public static XColor Text { get; } = FromHex(NhsPalette.Text);

    /// <summary>NHS Green, #007F3B: good or improving.</summary>
    public static XColor Green { get; } = FromHex(NhsPalette.Green);

    /// <summary>NHS Red, #D5281B: concern.</summary>
    public static XColor Red { get; } = FromHex(NhsPalette.Red);

    /// <summary>NHS Orange, #ED8B00: warning.</summary>
    public static XColor Orange { get; } = FromHex(NhsPalette.Orange);

    /// <summary>NHS Warm Yellow, #FFB81C.</summary>
    public static XColor WarmYellow { get; } = FromHex(NhsPalette.WarmYellow);

    /// <summary>NHS Purple, #330072.</summary>
    public static XColor Purple { get; } = FromHex(NhsPalette.Purple);

    /// <summary>White.</summary>
    public static XColor White { get; } = FromHex(NhsPalette.White);

    /// <summary>A PDF colour from "#RRGGBB".</summary>
    public static XColor FromHex(string hex)
    {
        var rgb = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
