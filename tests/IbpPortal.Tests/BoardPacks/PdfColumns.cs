using UglyToad.PdfPig;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>Reads side-by-side blocks (KPI tiles) of a PDF one block at a time, as a reader's eye does, rather than line by line across them.</summary>
internal static class PdfColumns
{
    /// <summary>Every page's text with each run of words split at wide gaps and grouped by its left edge, top to bottom.</summary>
    public static string Text(PdfDocument document, double gap = 8)
    {
        var text = new List<string>();
        foreach (var page in document.GetPages())
        {
            var segments = new List<(double Left, double Top, string Text)>();
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)))
            {
                var words = line.OrderBy(w => w.BoundingBox.Left).ToList();
                var start = 0;
                for (var i = 1; i <= words.Count; i++)
                {
                    if (i == words.Count || words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > gap)
                    {
                        segments.Add((Math.Round(words[start].BoundingBox.Left), line.Key, string.Join(' ', words.Skip(start).Take(i - start).Select(w => w.Text))));
                        start = i;
                    }
                }
            }

            text.AddRange(segments.OrderBy(s => s.Left).ThenByDescending(s => s.Top).Select(s => s.Text));
        }

        return string.Join(' ', text);
    }
}
