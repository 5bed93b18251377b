namespace IbpPortal.Charts;

/// <summary>The shapes of the variation and assurance icons in a 40 × 40 box, for the SVG here and for PDF renderers.</summary>
public static class IconGeometry
{
    /// <summary>Width and height of the icon box.</summary>
    public const float Size = 40;

    /// <summary>Centre of the circle (x and y).</summary>
    public const float Centre = 20;

    /// <summary>Radius of the ring, measured to the middle of its stroke.</summary>
    public const float Radius = 17;

    /// <summary>Stroke width of the ring.</summary>
    public const float RingWidth = 3;

    /// <summary>Dash and gap lengths of a dashed ring.</summary>
    public static IReadOnlyList<float> RingDash { get; } = [4, 3];

    /// <summary>Bold letter size; the letter is centred horizontally on <see cref="Centre"/>.</summary>
    public const float LetterSize = 20;

    /// <summary>Baseline of the letter.</summary>
    public const float LetterBaseline = 27;

    /// <summary>Stroke width of the wave and target lines.</summary>
    public const float LineWidth = 2.5f;

    /// <summary>The wave's polyline points.</summary>
    public static IReadOnlyList<(float X, float Y)> Wave { get; } =
        [(8, 21), (12, 16), (16, 24), (20, 15), (24, 24), (28, 17), (32, 21)];

    /// <summary>The straight target line across a hit-and-miss icon, from (X1, Y) to (X2, Y).</summary>
    public static (float X1, float X2, float Y) TargetLine { get; } = (7, 33, 20);
}
