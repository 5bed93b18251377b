using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Markdown;

namespace IbpPortal.Validate;

/// <summary>Checks content against the theme and itself before anything is rendered.</summary>
public static class ContentValidator
{
    /// <summary>Reports a missing home page, pages whose layout does not exist, tags that share an address, and front-matter addresses that break the link policy.</summary>
    public static void Validate(PortalInput input, DiagnosticBag diagnostics)
    {
        HomePage(input, diagnostics);
        TagValidator.Validate(input.Pages, diagnostics);
        foreach (var page in input.Pages.Concat(input.Commentary.Select(c => c.Page)))
        {
            Nesting(page, diagnostics);
        }

        foreach (var page in input.Pages)
        {
            if (page.Meta.Layout is { } layout && !input.Templates.HasLayout(layout))
            {
                var suggestion = Suggest.Nearest(layout, input.Templates.LayoutNames);
                diagnostics.Error(page.KeyLocation("layout"), ContentCodes.UnknownLayout,
                    $"the layout '{layout}' does not exist",
                    (suggestion is null ? string.Empty : $"did you mean '{suggestion}'? ") +
                    $"layouts that exist: {string.Join(", ", input.Templates.LayoutNames)}");
            }

            foreach (var (key, value) in page.Meta.Extra.Where(e => IsAddressKey(e.Key)))
            {
                if (!Safety.LinkPolicy.IsAllowed(value))
                {
                    diagnostics.Error(page.KeyLocation(key), Markdown.MarkdownCodes.UnsafeLink,
                        $"the front-matter field '{key}' is an address with a scheme that is not allowed", Safety.LinkPolicy.Allowed);
                }
            }
        }
    }

    /// <summary>Front-matter fields that layouts write as addresses: image, and any field whose name ends in url or link.</summary>
    private static bool IsAddressKey(string key) =>
        key == "image" || key.EndsWith("url", StringComparison.OrdinalIgnoreCase) || key.EndsWith("link", StringComparison.OrdinalIgnoreCase);

    private static void Nesting(ContentPage page, DiagnosticBag diagnostics)
    {
        if (MarkdownNesting.Find(page.Body) is not { } problem)
        {
            return;
        }

        var message = problem.Kind == NestingKind.Block
            ? $"blockquotes and lists are nested {problem.Depth} deep here, more than the {MarkdownNesting.MaxBlockDepth} a page allows"
            : $"{problem.Depth} emphasis marks (* _ ~) or [ brackets are open at once here, more than the {MarkdownNesting.MaxInlineDepth} a page allows";
        var hint = problem.Kind == NestingKind.Block
            ? "no reader can follow nesting this deep: flatten the quote or list, or put the text in a code block"
            : "close each * _ ~ or [ that you open, or write it as \\* \\_ \\~ or \\[ to show the character itself";
        diagnostics.Error(page.BodyLocation(problem.Line), ContentCodes.NestedTooDeep, message, hint);
    }

    // Without a home page every breadcrumb and the header's link to "/" would each be reported as broken.
    private static void HomePage(PortalInput input, DiagnosticBag diagnostics)
    {
        if (input.Pages.Any(p => p.Route == "/"))
        {
            return;
        }

        var withheld = input.WithheldRoutes.Contains("/");
        diagnostics.Error(SourceLocation.File("input/index.md"), ContentCodes.NoHomePage,
            withheld ? "the home page is a draft or internal, so this edition has no home page" : "the portal has no home page",
            withheld ? "remove 'draft: true' or 'visibility: internal' from input/index.md, or build with --drafts or --internal"
                : "add input/index.md with front matter such as 'title: Home' (ibp init makes a starter portal to copy it from)");
    }
}
