using System.Globalization;
using System.Text;

namespace IbpPortal.Sections.Summary;

/// <summary>A word-sized line of a measure's recent months for a tile: decorative, so the tile says the same in words.</summary>
/// <remarks>
/// Pure and deterministic: coordinates are rounded to one decimal in the invariant culture. The drawing is
/// <see cref="Width"/> × <see cref="Height"/> user units with a margin of <see cref="Margin"/>; a missing month breaks the line.
/// </remarks>
internal static class Sparkline
{
    /// <summary>Drawing width in user units.</summary>
    public const double Width = 120;

    /// <summary>Drawing height in user units.</summary>
    public const double Height = 32;

    /// <summary>Space kept clear at each edge, so the line and the last point's dot are never clipped.</summary>
    public const double Margin = 3;

    /// <summary>The SVG of <paramref name="values"/> (oldest first, null for a missing month); null when fewer than two values.</summary>
    public static string? Svg(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.OfType<double>().ToList();
        if (known.Count < 2)
        {
            return null;
        }

        var (low, high) = (known.Min(), known.Max());
        var path = new StringBuilder();
        var startNew = true;
        (double X, double Y) last = default;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                startNew = true;
                continue;
            }

            last = (X(i, values.Count), Y(value, low, high));
            path.Append(startNew ? 'M' : 'L').Append(Number(last.X)).Append(' ').Append(Number(last.Y));
            startNew = false;
        }

        return $"<svg class=\"ibp-sparkline\" viewBox=\"0 0 {Number(Width)} {Number(Height)}\" width=\"{Number(Width)}\" height=\"{Number(Height)}\" aria-hidden=\"true\" focusable=\"false\">"
            + $"<path d=\"{path}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
            + $"<circle cx=\"{Number(last.X)}\" cy=\"{Number(last.Y)}\" r=\"3\" fill=\"currentColor\"/></svg>";
    }

    /// <summary>The x of the <paramref name="index"/>th of <paramref name="count"/> months, spread evenly across the drawing.</summary>
    public static double X(int index, int count) =>
        count <= 1 ? Width / 2 : Margin + (index * (Width - (2 * Margin)) / (count - 1));

    /// <summary>The y of <paramref name="value"/> between <paramref name="low"/> (bottom) and <paramref name="high"/> (top); the middle when they are equal.</summary>
    public static double Y(double value, double low, double high) =>
        high - low < double.Epsilon ? Height / 2 : Height - Margin - ((value - low) / (high - low) * (Height - (2 * Margin)));

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
