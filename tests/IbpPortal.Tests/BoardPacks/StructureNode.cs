using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>One element of a PDF's structure tree as a screen reader meets it: its type, the attributes that matter, its page, text and children.</summary>
/// <param name="Type">The structure type, such as <c>H1</c>, <c>TH</c> or <c>Figure</c>.</param>
/// <param name="Attributes">Scope (from the Table attributes), ListNumbering, and Alt when present.</param>
/// <param name="Page">The one-based page of its own content, or 0 for a grouping element.</param>
/// <param name="Text">The text of its own marked content (not its children's).</param>
internal sealed record StructureNode(string Type, IReadOnlyDictionary<string, string> Attributes, int Page, string Text, IReadOnlyList<StructureNode> Children)
{
    /// <summary>The element as the expected trees write it: <c>TH[Scope=Row]</c>, <c>Figure[Alt]</c>, <c>P</c>.</summary>
    public string Label => Attributes.Count == 0 ? Type
        : Type + "[" + string.Join(",", Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key == "Alt" ? "Alt" : $"{a.Key}={a.Value}")) + "]";

    /// <summary>This element and every element under it, depth first.</summary>
    public IEnumerable<StructureNode> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);

    /// <summary>The tree as indented labels, two spaces a level, for failure messages.</summary>
    public string Outline(int depth = 0, int maxChildren = 12)
    {
        var text = new StringBuilder().Append(' ', depth * 2).Append(Label).Append('\n');
        foreach (var child in Children.Take(maxChildren))
        {
            text.Append(child.Outline(depth + 1, maxChildren));
        }

        if (Children.Count > maxChildren)
        {
            text.Append(' ', (depth + 1) * 2).Append(CultureInfo.InvariantCulture, $"… {Children.Count - maxChildren} more\n");
        }

        return text.ToString();
    }

    /// <summary>Reads the /StructTreeRoot of <paramref name="document"/> with PdfPig's tokens; the root is its first element (the Document).</summary>
    public static StructureNode Read(PdfDocument document)
    {
        var pages = PageNumbers(document);
        var text = new Dictionary<(int Page, int Mcid), string>();
        for (var page = 1; page <= document.NumberOfPages; page++)
        {
            foreach (var content in Flatten(document.GetPage(page).GetMarkedContents()))
            {
                if (content.MarkedContentIdentifier >= 0)
                {
                    text[(page, content.MarkedContentIdentifier)] = string.Concat(content.Letters.Select(l => l.Value));
                }
            }
        }

        var root = PdfRead.Dictionary(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"])!;
        var top = Elements(document, PdfRead.Get(document, root, "K")).Single();
        return Node(document, top, pages, text);
    }

    private static StructureNode Node(PdfDocument document, DictionaryToken element, Dictionary<long, int> pages, Dictionary<(int, int), string> text)
    {
        var page = element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken r && pages.TryGetValue(r.Data.ObjectNumber, out var n) ? n : 0;
        var own = new StringBuilder();
        var children = new List<StructureNode>();
        foreach (var kid in Kids(document, PdfRead.Get(document, element, "K")))
        {
            switch (kid)
            {
                case NumericToken mcid:
                    own.Append(text.GetValueOrDefault((page, mcid.Int), string.Empty));
                    break;
                case DictionaryToken child when child.Data.ContainsKey("S"):
                    children.Add(Node(document, child, pages, text));
                    break;
                default:
                    break;
            }
        }

        return new StructureNode(PdfRead.Name(document, element, "S") ?? "?", ReadAttributes(document, element), page, own.ToString(), children);
    }

    private static Dictionary<string, string> ReadAttributes(PdfDocument document, DictionaryToken element)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var attributes = PdfRead.Resolve(document, element.Data.GetValueOrDefault("A"));
        foreach (var dictionary in (attributes is ArrayToken array ? array.Data.Select(a => PdfRead.Resolve(document, a)) : [attributes]).OfType<DictionaryToken>())
        {
            foreach (var key in new[] { "Scope", "ListNumbering" })
            {
                if (PdfRead.Name(document, dictionary, key) is { } value)
                {
                    found[key] = value;
                }
            }
        }

        if (PdfRead.Text(document, element, "Alt") is { Length: > 0 } alt)
        {
            found["Alt"] = alt;
        }

        return found;
    }

    private static IEnumerable<IToken> Kids(PdfDocument document, IToken? kids) =>
        kids is ArrayToken array ? array.Data.Select(k => PdfRead.Resolve(document, k)!) : kids is null ? [] : [kids];

    private static IEnumerable<DictionaryToken> Elements(PdfDocument document, IToken? kids) =>
        Kids(document, kids).OfType<DictionaryToken>().Where(d => d.Data.ContainsKey("S"));

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> contents) =>
        contents.SelectMany(c => Flatten(c.Children).Prepend(c));

    // Page object numbers in page order, from the page tree.
    private static Dictionary<long, int> PageNumbers(PdfDocument document)
    {
        var numbers = new Dictionary<long, int>();
        void Walk(IToken? node)
        {
            foreach (var kid in node is ArrayToken a ? a.Data : [])
            {
                if (kid is IndirectReferenceToken reference && PdfRead.Resolve(document, reference) is DictionaryToken dictionary)
                {
                    if (PdfRead.Name(document, dictionary, "Type") == "Pages")
                    {
                        Walk(PdfRead.Get(document, dictionary, "Kids"));
                    }
                    else
                    {
                        numbers[reference.Data.ObjectNumber] = numbers.Count + 1;
                    }
                }
            }
        }

        var root = PdfRead.Dictionary(document, document.Structure.Catalog.CatalogDictionary.Data["Pages"])!;
        Walk(PdfRead.Get(document, root, "Kids"));
        return numbers;
    }
}
