namespace IbpPortal.Charts;

/// <summary>The NHS identity colours, as "#RRGGBB": the one palette behind the charts, the icons and the board packs.</summary>
/// <remarks>
/// Values from the NHS identity guidelines' colour palette (as used by nhsuk-frontend). Charts read them through
/// <see cref="ChartTheme"/>, which adds the Making Data Count colours; packs through <c>NhsColours</c> as PDF colours.
/// </remarks>
public static class NhsPalette
{
    /// <summary>NHS Blue: table headers, headings' rules, links, the current organisation.</summary>
    public const string Blue = "#005EB8";

    /// <summary>NHS Dark Blue.</summary>
    public const string DarkBlue = "#003087";

    /// <summary>NHS Pale Grey: zebra rows, tile backgrounds, chart grid.</summary>
    public const string PaleGrey = "#E8EDEE";

    /// <summary>NHS Mid Grey: rules, borders and secondary marks.</summary>
    public const string MidGrey = "#768692";

    /// <summary>NHS Dark Grey: secondary text, axes.</summary>
    public const string DarkGrey = "#425563";

    /// <summary>NHS body text colour.</summary>
    public const string Text = "#212B32";

    /// <summary>NHS Green: good or improving.</summary>
    public const string Green = "#007F3B";

    /// <summary>NHS Dark Green.</summary>
    public const string DarkGreen = "#006747";

    /// <summary>NHS Aqua Green.</summary>
    public const string AquaGreen = "#00A499";

    /// <summary>NHS Red: concern, target lines.</summary>
    public const string Red = "#D5281B";

    /// <summary>NHS Orange: warning.</summary>
    public const string Orange = "#ED8B00";

    /// <summary>NHS Warm Yellow.</summary>
    public const string WarmYellow = "#FFB81C";

    /// <summary>NHS Purple.</summary>
    public const string Purple = "#330072";

    /// <summary>NHS Pink.</summary>
    public const string Pink = "#AE2573";

    /// <summary>White.</summary>
    public const string White = "#FFFFFF";
}
