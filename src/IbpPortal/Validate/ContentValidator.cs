using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Load;

namespace IbpPortal.Validate;

/// <summary>Checks content against the theme and itself before anything is rendered.</summary>
public static class ContentValidator
{
    /// <summary>Reports pages whose layout does not exist, and front-matter addresses that break the link policy.</summary>
    public static void Validate(PortalInput input, DiagnosticBag diagnostics)
    {
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
}
