using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Load;

namespace IbpPortal.Validate;

/// <summary>Checks content against the theme and itself before anything is rendered.</summary>
public static class ContentValidator
{
    /// <summary>Reports pages whose layout does not exist.</summary>
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
        }
    }
}
