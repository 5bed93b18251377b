using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace IbpPortal.Charts;

/// <summary>Turns Skia's SVG into markup fit to inline in a page: accessible name, scalable root, ids of its own.</summary>
internal static partial class SvgAccessibility
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex ValidId();

    [GeneratedRegex("<svg\\b[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex("(\\bid=\"|url\\(#|href=\"#)([A-Za-z_][A-Za-z0-9_.-]*)")]
    private static partial Regex IdReference();

    /// <summary>Adds role, aria-labelledby, title and desc, a viewBox instead of a fixed size, prefixed ids and a font stack.</summary>
    public static string Finish(string rawSvg, string id, ChartSize size, string title, string description)
    {
        if (!ValidId().IsMatch(id))
        {
            throw new ArgumentException($"Chart id '{id}' must start with a letter and hold only letters, digits, '-' and '_'.", nameof(id));
        }

        var start = rawSvg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start > 0 ? rawSvg[start..] : rawSvg;

        // Skia numbers clip paths from a process-wide counter: renumber them per chart, prefixed with the chart's id,
        // so that output is deterministic and two charts on one page never share an id.
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        body = IdReference().Replace(body, m =>
        {
            if (!renamed.TryGetValue(m.Groups[2].Value, out var name))
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{id}-c{renamed.Count + 1}");
                renamed.Add(m.Groups[2].Value, name);
            }

            return m.Groups[1].Value + name;
        });
        body = body.Replace("font-family=\"" + ChartTheme.FontName + "\"", "font-family=\"" + ChartTheme.SvgFontStack + "\"", StringComparison.Ordinal);

        var root = new StringBuilder();
        root.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size.Width} {size.Height}\" class=\"ibp-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        root.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{SecurityElement.Escape(title)}</title>");
        root.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{SecurityElement.Escape(description)}</desc>");

        var match = RootElement().Match(body);
        return root + body[(match.Index + match.Length)..];
    }
}
