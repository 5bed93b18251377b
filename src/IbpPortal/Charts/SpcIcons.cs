using System.Globalization;
using System.Security;
using System.Text;
using IbpPortal.Analyse.Spc;

namespace IbpPortal.Charts;

/// <summary>Our own drawing of the Making Data Count variation and assurance icons, with their words.</summary>
/// <remarks>
/// The meaning follows NHS England's icon set (a coloured circle, H or L for the side of a special cause, P or F for
/// assurance, a wave for common cause and hit-and-miss); the drawing is ours. Colour is never the only cue: each icon
/// carries a letter or shape and its label.
/// </remarks>
public static class SpcIcons
{
    private const string White = NhsPalette.White;

    /// <summary>The look of a variation icon.</summary>
    public static IconStyle VariationStyle(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => new(VariationLabel(icon), ChartTheme.CommonCause, White, ChartTheme.CommonCause, IconMark.Wave, null, false),
        VariationIcon.ImprovementHigh => Lettered(icon, ChartTheme.Improvement, "H"),
        VariationIcon.ImprovementLow => Lettered(icon, ChartTheme.Improvement, "L"),
        VariationIcon.ConcernHigh => Lettered(icon, ChartTheme.Concern, "H"),
        VariationIcon.ConcernLow => Lettered(icon, ChartTheme.Concern, "L"),
        VariationIcon.NeitherHigh => Lettered(icon, ChartTheme.Neither, "H"),
        VariationIcon.NeitherLow => Lettered(icon, ChartTheme.Neither, "L"),
        _ => new(VariationLabel(icon), ChartTheme.MidGrey, White, ChartTheme.MidGrey, IconMark.Empty, null, true),
    };

    /// <summary>The look of an assurance icon.</summary>
    public static IconStyle AssuranceStyle(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => new(AssuranceLabel(icon), ChartTheme.Improvement, White, ChartTheme.Improvement, IconMark.Letter, "P", false),
        AssuranceIcon.Fail => new(AssuranceLabel(icon), ChartTheme.Concern, White, ChartTheme.Concern, IconMark.Letter, "F", false),
        AssuranceIcon.HitAndMiss => new(AssuranceLabel(icon), ChartTheme.CommonCause, White, ChartTheme.CommonCause, IconMark.WaveAndTarget, null, false),
        _ => new(AssuranceLabel(icon), ChartTheme.MidGrey, White, ChartTheme.MidGrey, IconMark.Empty, null, true),
    };

    /// <summary>The full name of a variation icon, such as "Special cause improvement (high)" (see <see cref="SpcIconWords"/>).</summary>
    public static string VariationLabel(VariationIcon icon) => SpcIconWords.Of(icon).Name;

    /// <summary>The full name of an assurance icon, such as "Hit and miss target" (see <see cref="SpcIconWords"/>).</summary>
    public static string AssuranceLabel(AssuranceIcon icon) => SpcIconWords.Of(icon).Name;

    /// <summary>Inline SVG of a variation icon with role="img", an aria-label and a title.</summary>
    public static string VariationIconSvg(VariationIcon icon) => Svg(VariationStyle(icon));

    /// <summary>Inline SVG of an assurance icon with role="img", an aria-label and a title.</summary>
    public static string AssuranceIconSvg(AssuranceIcon icon) => Svg(AssuranceStyle(icon));

    /// <summary>"improvement", "concern" or "neither improvement nor concern".</summary>
    internal static string CauseWord(SpecialCause cause) => cause switch
    {
        SpecialCause.Improvement => "improvement",
        SpecialCause.Concern => "concern",
        SpecialCause.Neither => "neither improvement nor concern",
        _ => "none",
    };

    /// <summary>Plain words for the rule that flagged a point.</summary>
    internal static string RuleLabel(SpcRule rule) => rule switch
    {
        SpcRule.OutsideLimits => "outside the limits",
        SpcRule.Trend => "trend",
        SpcRule.TwoInThree => "two of three close to a limit",
        SpcRule.Shift => "shift",
        _ => "no rule",
    };

    /// <summary>Draws an icon style as SVG markup.</summary>
    public static string Svg(IconStyle style)
    {
        var label = SecurityElement.Escape(style.Label);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(IconGeometry.Size)} {N(IconGeometry.Size)}\" width=\"{N(IconGeometry.Size)}\" height=\"{N(IconGeometry.Size)}\" class=\"ibp-icon\" role=\"img\" aria-label=\"{label}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{label}</title>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle cx=\"{N(IconGeometry.Centre)}\" cy=\"{N(IconGeometry.Centre)}\" r=\"{N(IconGeometry.Radius)}\" fill=\"{style.Fill}\" stroke=\"{style.Ring}\" stroke-width=\"{N(IconGeometry.RingWidth)}\"");
        if (style.DashedRing)
        {
            svg.Append(CultureInfo.InvariantCulture, $" stroke-dasharray=\"{string.Join(' ', IconGeometry.RingDash.Select(N))}\"");
        }

        svg.Append("/>");
        switch (style.Mark)
        {
            case IconMark.Letter:
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{N(IconGeometry.Centre)}\" y=\"{N(IconGeometry.LetterBaseline)}\" text-anchor=\"middle\" font-family=\"{ChartTheme.SvgFontStack}\" font-weight=\"bold\" font-size=\"{N(IconGeometry.LetterSize)}\" fill=\"{style.Ink}\">{SecurityElement.Escape(style.Letter)}</text>");
                break;
            case IconMark.Wave:
                AppendWave(svg, style.Ink);
                break;
            case IconMark.WaveAndTarget:
                AppendWave(svg, style.Ink);
                var (x1, x2, y) = IconGeometry.TargetLine;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{N(x1)}\" y1=\"{N(y)}\" x2=\"{N(x2)}\" y2=\"{N(y)}\" stroke=\"{ChartTheme.Target}\" stroke-width=\"{N(IconGeometry.LineWidth)}\"/>");
                break;
            default:
                break;
        }

        return svg.Append("</svg>").ToString();
    }

    private static IconStyle Lettered(VariationIcon icon, string colour, string letter) =>
        new(VariationLabel(icon), colour, White, colour, IconMark.Letter, letter, false);

    private static void AppendWave(StringBuilder svg, string colour)
    {
        var points = string.Join(' ', IconGeometry.Wave.Select(p => N(p.X) + "," + N(p.Y)));
        svg.Append(CultureInfo.InvariantCulture,
            $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{N(IconGeometry.LineWidth)}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
    }

    private static string N(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
