using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>The one place for chart colours, line weights and typography, shared by every chart and icon.</summary>
/// <remarks>
/// NHS identity colours (<see cref="NhsPalette"/>) for the frame. The SPC colours follow NHS England's Making Data Count convention
/// (grey common cause, blue improvement, orange concern, purple neither, red target, grey limits), as
/// NHSRplotthedots does (#7B7D7D, #289DE0, #FAB428, #DE1B1B). Our blue and orange are darker than those so
/// that every mark reaches the 3:1 contrast against white that WCAG 2.2 (1.4.11) asks of graphics:
/// improvement 3.9:1, concern 3.6:1, common cause 3.8:1, neither 8.0:1, target 5.1:1.
/// </remarks>
public static class ChartTheme
{
    /// <summary>The typeface drawn into SVG and PDF: the embedded Liberation Sans, whatever fonts the machine has.</summary>
    /// <remarks>
    /// Set explicitly: ScottPlot's default fell back to a serif face on Linux. Liberation Sans has Arial's metrics,
    /// so chart text matches the pages' Arial and the packs' text; it also has a tenth of DejaVu Sans' glyphs, and
    /// Skia's SVG writer maps every glyph of the font back to a character for each piece of text it writes
    /// (measured: 0.07 ms per label with DejaVu Sans, 0.017 ms with Liberation Sans), and its PDF writer embeds the
    /// whole font once per pack. The faces come from the assembly (<see cref="EmbeddedTypefaces"/>), never from the
    /// system's font folders, so charts are byte-identical on every machine.
    /// </remarks>
    public static string FontName => EmbeddedTypefaces.EnsureRegistered();

    /// <summary>The font stack written into SVG: the drawing font first, then faces with the same metrics.</summary>
    /// <remarks>Only the name: writing it (the SPC icons of a portal without data, for one) does not load the faces into Skia.</remarks>
    public static string SvgFontStack { get; } = $"'{Fonts.ProductFonts.FamilyName}', Arial, 'Liberation Sans', Helvetica, sans-serif";

    /// <summary>NHS Blue: the current organisation, the actual series.</summary>
    public const string NhsBlue = NhsPalette.Blue;

    /// <summary>NHS Dark Grey: axis text, process limits, plan line.</summary>
    public const string DarkGrey = NhsPalette.DarkGrey;

    /// <summary>NHS Mid Grey: secondary marks such as distribution dots.</summary>
    public const string MidGrey = NhsPalette.MidGrey;

    /// <summary>NHS Pale Grey: background bands and grid.</summary>
    public const string PaleGrey = NhsPalette.PaleGrey;

    /// <summary>NHS text black: the SPC mean line and annotations.</summary>
    public const string TextBlack = NhsPalette.Text;

    /// <summary>Quartile bands behind ranking and distribution charts: a pale NHS blue tint that reads apart from white and from the grey bars.</summary>
    public const string QuartileBand = "#D6E4F2";

    /// <summary>Bars of organisations other than the current one (NHS Mid Grey lightened; 2.1:1 is fine for a fill beside a labelled value axis).</summary>
    public const string OtherBar = "#AEB7BD";

    /// <summary>Making Data Count: common-cause points and the data line.</summary>
    public const string CommonCause = NhsPalette.MidGrey;

    /// <summary>Making Data Count: special-cause improvement.</summary>
    public const string Improvement = "#1C86D1";

    /// <summary>Making Data Count: special-cause concern.</summary>
    public const string Concern = "#D46A00";

    /// <summary>Making Data Count: special cause on a metric with no preferred direction.</summary>
    public const string Neither = "#7030A0";

    /// <summary>Target lines (NHS red).</summary>
    public const string Target = NhsPalette.Red;

    /// <summary>The plan trajectory on an SPC chart (NHS Dark Green, 7.6:1 on white), dash-dot so that it reads apart from the target and limits without colour.</summary>
    public const string Plan = NhsPalette.DarkGreen;

    /// <summary>Re-base markers: a thin solid vertical line with its reason.</summary>
    public const string Rebase = TextBlack;

    /// <summary>Process limits: grey dots (2 on, 3 off), so they never look like the target's long dashes.</summary>
    public static IReadOnlyList<float> LimitPattern { get; } = [2, 3];

    /// <summary>Target (or trajectory): long red dashes (10 on, 4 off).</summary>
    public static IReadOnlyList<float> TargetPattern { get; } = [10, 4];

    /// <summary>Plan: dash-dot (7 on, 3 off, 2 on, 3 off).</summary>
    public static IReadOnlyList<float> PlanPattern { get; } = [7, 3, 2, 3];

    /// <summary>Scenario lines in order; more scenarios than colours reuse them with another dash.</summary>
    public static IReadOnlyList<string> ScenarioColours { get; } = [NhsPalette.Blue, NhsPalette.Purple, NhsPalette.AquaGreen, NhsPalette.Pink, NhsPalette.Orange];

    /// <summary>Tick label size in pixels (points in PDF).</summary>
    public const float TickFontSize = 12;

    /// <summary>Annotation size in pixels (points in PDF).</summary>
    public const float NoteFontSize = 11;

    /// <summary>The default chart size, in CSS pixels on the web (the SVG scales to its column) and points in a board pack.</summary>
    /// <remarks>One size for both, so that a chart is laid out once for its page and its pack; 640 wide sets 12-pixel text at 9 points across a pack's 170 mm column.</remarks>
    public static ChartSize WebSize { get; } = new(640, 320);

    /// <summary>The size of a board pack's SPC charts, in points, laid out apart from the web's so that their text prints large enough.</summary>
    /// <remarks>
    /// A pack places an SPC chart about 233 points wide (two to a row) or 265 (an exception report). Drawn at 360 wide,
    /// 11-pixel annotation text prints at 11 × 233 / 360 = 7.1 points and 12-pixel tick labels at 7.8 points; the web's
    /// 640-wide drawing would print them at 4 to 5 points.
    /// </remarks>
    public static ChartSize PrintSize { get; } = new(360, 210);

    /// <summary>A ScottPlot colour from a hex constant of this class.</summary>
    public static Color Colour(string hex) => Color.FromHex(hex);

    /// <summary>The colour of a point flagged with <paramref name="cause"/>.</summary>
    public static string SpecialCauseColour(Analyse.Spc.SpecialCause cause) => cause switch
    {
        Analyse.Spc.SpecialCause.Improvement => Improvement,
        Analyse.Spc.SpecialCause.Concern => Concern,
        Analyse.Spc.SpecialCause.Neither => Neither,
        _ => CommonCause,
    };

    /// <summary>Applies the house style to a new plot: font, frame, grid and tick text.</summary>
    internal static void Apply(Plot plot)
    {
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Color(Colour(DarkGrey));
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickFontSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickFontSize;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Colour(PaleGrey);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
    }
}
