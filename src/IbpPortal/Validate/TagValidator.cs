using IbpPortal.Content;
using IbpPortal.Diagnostics;

namespace IbpPortal.Validate;

/// <summary>Warns when two different tags would be listed on one tag page because their addresses are the same.</summary>
internal static class TagValidator
{
    /// <summary>One warning per page whose tag shares its address with a differently written tag used first elsewhere.</summary>
    public static void Validate(IReadOnlyList<ContentPage> pages, DiagnosticBag diagnostics)
    {
        var uses = pages
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .SelectMany(p => p.Meta.Tags.Select(t => (Page: p, Tag: t.Trim())))
            .GroupBy(u => Slug.From(u.Tag), StringComparer.Ordinal);
        foreach (var group in uses)
        {
            var first = group.First();
            foreach (var use in group.Where(u => !string.Equals(u.Tag, first.Tag, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Warning(use.Page.KeyLocation("tags"), ContentCodes.TagSlugCollision,
                    $"the tags '{use.Tag}' and '{first.Tag}' (in {first.Page.SourcePath}) have the same address /tags/{group.Key}/, so they share one tag page",
                    "write both the same way if they mean the same thing, or reword one so that its letters or digits differ");
            }
        }
    }
}
