namespace IbpPortal.Content;

/// <summary>Diagnostic codes for markdown content and front matter.</summary>
public static class ContentCodes
{
    /// <summary>The front matter is not valid YAML.</summary>
    public const string InvalidFrontMatter = "IBP1101";

    /// <summary>The required <c>title</c> is missing or empty.</summary>
    public const string MissingTitle = "IBP1102";

    /// <summary>A front-matter value has the wrong form (date, order, draft, visibility, tags).</summary>
    public const string BadFrontMatterValue = "IBP1103";

    /// <summary>The front matter is opened with <c>---</c> but never closed.</summary>
    public const string UnclosedFrontMatter = "IBP1104";

    /// <summary>The file is not UTF-8 text.</summary>
    public const string NotUtf8 = "IBP1105";

    /// <summary>Two pages would be published at the same address.</summary>
    public const string DuplicateRoute = "IBP1106";

    /// <summary>A slug or path that is unsafe (for example <c>../</c>) or has characters not allowed in an address.</summary>
    public const string BadSlug = "IBP1107";

    /// <summary>A page names a layout the theme does not have.</summary>
    public const string UnknownLayout = "IBP1108";

    /// <summary>A public page links to a page that only an internal build publishes.</summary>
    public const string LinkToInternal = "IBP1109";

    /// <summary>A link or image points at nothing the site publishes.</summary>
    public const string BrokenLink = "IBP1110";

    /// <summary>A citation key is not in <c>input/references.json</c>.</summary>
    public const string UnknownCitation = "IBP1111";

    /// <summary><c>input/references.json</c> is not valid CSL-JSON.</summary>
    public const string BadReferences = "IBP1112";

    /// <summary>An unknown front-matter key (a warning).</summary>
    public const string UnknownFrontMatterKey = "IBP1113";

    /// <summary>Two different tags would share one address (a warning).</summary>
    public const string TagSlugCollision = "IBP1130";

    /// <summary>The edition has no home page: <c>input/index.md</c> is missing, a draft or internal.</summary>
    public const string NoHomePage = "IBP1131";

    /// <summary>Markdown nests blockquotes, lists or emphasis deeper than a page can be read (or parsed quickly).</summary>
    public const string NestedTooDeep = "IBP1132";
}
