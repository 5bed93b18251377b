using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>Reads built PDFs back with PdfPig: words by page, lines, and the structure tree.</summary>
internal static class PdfRead
{
    /// <summary>For each word, the page numbers (from 1) it appears on, read once per document.</summary>
    public static Dictionary<string, List<int>> WordPages(PdfDocument document)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords().Select(w => w.Text).Distinct())
            {
                if (!index.TryGetValue(word, out var pages))
                {
                    index[word] = pages = [];
                }

                pages.Add(page.Number);
            }
        }
        return index;
    }

    public static List<int> PagesOf(Dictionary<string, List<int>> index, string word) =>
        index.TryGetValue(word, out var pages) ? pages : [];

    /// <summary>The page's lines of text, top to bottom, each as its words left to right.</summary>
    public static List<List<Word>> Lines(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .ToList();

    public static DictionaryToken? Dictionary(PdfDocument document, IToken? token) => Resolve(document, token) as DictionaryToken;

    public static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    public static IToken? Get(PdfDocument document, DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) ? Resolve(document, value) : null;

    /// <summary>All structure elements under the StructTreeRoot, depth first.</summary>
    public static List<DictionaryToken> StructureElements(PdfDocument document)
    {
        var root = Dictionary(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"])!;
        var found = new List<DictionaryToken>();
        Walk(document, Get(document, root, "K"), found);
        return found;
    }

    public static string? Name(PdfDocument document, DictionaryToken element, string key) =>
        (Get(document, element, key) as NameToken)?.Data;

    public static string? Text(PdfDocument document, DictionaryToken element, string key) =>
        Get(document, element, key) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => null,
        };

    private static void Walk(PdfDocument document, IToken? kids, List<DictionaryToken> found)
    {
        switch (kids)
        {
            case ArrayToken array:
                foreach (var kid in array.Data)
                {
                    Walk(document, Resolve(document, kid), found);
                }

                break;
            case DictionaryToken element when element.Data.ContainsKey("S"):
                found.Add(element);
                Walk(document, Get(document, element, "K"), found);
                break;
        }
    }
}
