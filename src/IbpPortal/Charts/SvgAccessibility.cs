using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace IbpPortal.Charts;

/// <summary>Turns Skia's SVG into markup fit to inline in a page: accessible name, scalable root, ids of its own.</summary>
/// <remarks>
/// Skia writes tens of thousands of drawings a build, so the SVG is read once, front to back, into one builder: the
/// root element is replaced, the ids Skia gave (<c>id="…"</c>, <c>url(#…)</c>, <c>href="#…"</c>) are renumbered, the
/// font name is widened to a stack and the miter limits that stand for dash patterns (see <see cref="SvgDashes"/>)
/// become <c>stroke-dasharray</c>, each found by searching for its own marker.
/// </remarks>
internal static partial class SvgAccessibility
{
    private const string IdMarker = "id=\"";
    private const string UrlMarker = "url(#";
    private const string HrefMarker = "href=\"#";
    private const string MiterMarker = "stroke-miterlimit=\"";

    private static readonly string FontAttribute = "font-family=\"" + ChartTheme.FontName + "\"";
    private static readonly string FontStackAttribute = "font-family=\"" + ChartTheme.SvgFontStack + "\"";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex ValidId();

    /// <summary>Adds role, aria-labelledby, title and desc, a viewBox instead of a fixed size, prefixed ids, a font stack and dash arrays.</summary>
    /// <param name="dashArrays">The <c>stroke-dasharray</c> of each dash marker drawn, in marker order (see <see cref="SvgDashes"/>).</param>
    public static string Finish(string rawSvg, string id, ChartSize size, string title, string description, IReadOnlyList<string>? dashArrays = null)
    {
        if (!ValidId().IsMatch(id))
        {
            throw new ArgumentException($"Chart id '{id}' must start with a letter and hold only letters, digits, '-' and '_'.", nameof(id));
        }

        var root = new StringBuilder(rawSvg.Length + title.Length + description.Length + 512);
        root.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size.Width} {size.Height}\" class=\"ibp-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        root.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{SecurityElement.Escape(title)}</title>");
        root.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{SecurityElement.Escape(description)}</desc>");
        new Rewriter(rawSvg, id, root, dashArrays ?? []).Run(BodyStart(rawSvg));
        return root.ToString();
    }

    /// <summary>Where the content after Skia's root <c>&lt;svg …&gt;</c> element starts; 0 when there is none.</summary>
    private static int BodyStart(string rawSvg)
    {
        var start = rawSvg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0 || start + 4 >= rawSvg.Length || IsWordChar(rawSvg[start + 4]))
        {
            return 0;
        }

        var end = rawSvg.IndexOf('>', start);
        return end < 0 ? 0 : end + 1;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    /// <summary>One pass over the body: copies it to the builder with ids renumbered, the font widened and dashes marked.</summary>
    private sealed class Rewriter(string svg, string id, StringBuilder output, IReadOnlyList<string> dashArrays)
    {
        // Skia numbers clip paths from a process-wide counter: renumber them per chart, prefixed with the chart's id,
        // so that output is deterministic and two charts on one page never share an id.
        private readonly Dictionary<string, string> renamed = new(StringComparer.Ordinal);

        public void Run(int from)
        {
            var copied = from;
            var id = Next(IdMarker, from);
            var url = Next(UrlMarker, from);
            var href = Next(HrefMarker, from);
            var font = Next(FontAttribute, from);
            var miter = dashArrays.Count == 0 ? int.MaxValue : Next(MiterMarker, from);
            while (true)
            {
                var next = Math.Min(Math.Min(Math.Min(id, url), Math.Min(href, font)), miter);
                if (next == int.MaxValue)
                {
                    break;
                }

                int resume;
                if (next == font)
                {
                    output.Append(svg, copied, font - copied).Append(FontStackAttribute);
                    copied = resume = font + FontAttribute.Length;
                }
                else if (next == miter)
                {
                    resume = DashArray(miter, ref copied);
                }
                else
                {
                    var marker = next == id ? IdMarker : next == url ? UrlMarker : HrefMarker;
                    var nameStart = next + marker.Length;
                    var nameEnd = NameEnd(nameStart);
                    if (nameEnd > nameStart && (marker != IdMarker || next == 0 || !IsWordChar(svg[next - 1])))
                    {
                        output.Append(svg, copied, nameStart - copied).Append(NewName(svg[nameStart..nameEnd]));
                        copied = resume = nameEnd;
                    }
                    else
                    {
                        resume = next + 1;
                    }
                }

                id = id < resume ? Next(IdMarker, resume) : id;
                url = url < resume ? Next(UrlMarker, resume) : url;
                href = href < resume ? Next(HrefMarker, resume) : href;
                font = font < resume ? Next(FontAttribute, resume) : font;
                miter = miter < resume ? Next(MiterMarker, resume) : miter;
            }

            output.Append(svg, copied, svg.Length - copied);
        }

        /// <summary>Writes <c>stroke-dasharray</c> in place of a miter limit at <paramref name="at"/> that stands for a dash pattern; returns where to search on.</summary>
        private int DashArray(int at, ref int copied)
        {
            var valueStart = at + MiterMarker.Length;
            var valueEnd = svg.IndexOf('"', valueStart);
            if (valueEnd < 0
                || !int.TryParse(svg.AsSpan(valueStart, valueEnd - valueStart), NumberStyles.None, CultureInfo.InvariantCulture, out var marker)
                || marker < SvgDashes.FirstMarker || marker - SvgDashes.FirstMarker >= dashArrays.Count)
            {
                // A miter limit of Skia's own: kept as it is.
                return valueStart;
            }

            output.Append(svg, copied, at - copied).Append("stroke-dasharray=\"").Append(dashArrays[marker - SvgDashes.FirstMarker]);
            copied = valueEnd;
            return valueEnd;
        }

        private int Next(string marker, int from)
        {
            var found = svg.IndexOf(marker, from, StringComparison.Ordinal);
            return found < 0 ? int.MaxValue : found;
        }

        private int NameEnd(int start)
        {
            if (start >= svg.Length || !IsNameStart(svg[start]))
            {
                return start;
            }

            var end = start + 1;
            while (end < svg.Length && IsNameChar(svg[end]))
            {
                end++;
            }

            return end;
        }

        private string NewName(string old)
        {
            if (!renamed.TryGetValue(old, out var name))
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{id}-c{renamed.Count + 1}");
                renamed.Add(old, name);
            }

            return name;
        }
    }
}
