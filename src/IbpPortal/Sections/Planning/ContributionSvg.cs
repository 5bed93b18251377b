using System.Globalization;
using System.Net;
using System.Text;
using IbpPortal.Analyse.Planning;

namespace IbpPortal.Sections.Planning;

/// <summary>A ranked bar chart of an ICB's gap by trust, as accessible SVG: largest contribution at the top, offsets in grey to the left of zero.</summary>
internal static class ContributionSvg
{
    private const int Width = 640;
    private const int Row = 26;
    private const int Label = 260;

    public static string Draw(GapContribution gap, string id, string title, string description)
    {
        var trusts = gap.Trusts;
        var height = 30 + (trusts.Count * Row);
        var max = Math.Max(trusts.Max(t => Math.Abs(t.Contribution)), 1);
        var min = trusts.Min(t => t.Contribution);
        var span = Width - Label - 20;
        var zero = Label + (min < 0 ? span * (-min / (max - min)) : 0);
        var scale = (span - (zero - Label)) / max;
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{WebUtility.HtmlEncode(title)}</title><desc id=\"{id}-d\">{WebUtility.HtmlEncode(description)}</desc>");
        for (var i = 0; i < trusts.Count; i++)
        {
            var t = trusts[i];
            var y = 10 + (i * Row);
            var length = Math.Abs(t.Contribution) * scale;
            var x = t.Contribution >= 0 ? zero : zero - length;
            var colour = t.Contribution > 0 ? (i < gap.TrustsFor80 ? "#005eb8" : "#41b6e6") : "#aeb7bd";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 8}\" y=\"{N(y + 15)}\" text-anchor=\"end\" font-family=\"Arial, sans-serif\" font-size=\"12\" fill=\"#212b32\">{WebUtility.HtmlEncode(Short(t.Name))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{y + 3}\" width=\"{N(Math.Max(length, 0.5))}\" height=\"{Row - 8}\" fill=\"{colour}\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(zero)}\" y1=\"6\" x2=\"{N(zero)}\" y2=\"{height - 14}\" stroke=\"#212b32\" stroke-width=\"1\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Short(string name) => name.Length <= 38 ? name : name[..36] + "…";
}
