using System.Net;

namespace IbpPortal.Render;

/// <summary>Finds the address of every <c>href="…"</c> and <c>src="…"</c> in a page, for the link check.</summary>
/// <remarks>
/// The same matches as the pattern <c>(?:href|src)="([^"]*)"</c>, leftmost first and not overlapping, found by looking for
/// <c>="</c> and then at the name before it: a page is tens of kilobytes, and a regular expression tried at every
/// character cost more than writing the page out.
/// </remarks>
internal static class HtmlLinks
{
    /// <summary>The addresses in order of appearance, with character references decoded.</summary>
    public static List<string> Extract(string html)
    {
        var links = new List<string>();
        var text = html.AsSpan();
        var at = 0;
        while (true)
        {
            var equals = text[at..].IndexOf("=\"", StringComparison.Ordinal);
            if (equals < 0)
            {
                return links;
            }

            var start = at + equals + 2;
            if (!IsLinkAttribute(text[..(at + equals)]))
            {
                at = start;
                continue;
            }

            var length = text[start..].IndexOf('"');
            if (length < 0)
            {
                // No closing quote: no later attribute can have one either.
                return links;
            }

            links.Add(WebUtility.HtmlDecode(html.Substring(start, length)));
            at = start + length + 1;
        }
    }

    private static bool IsLinkAttribute(ReadOnlySpan<char> before) =>
        before.EndsWith("href", StringComparison.Ordinal) || before.EndsWith("src", StringComparison.Ordinal);
}
