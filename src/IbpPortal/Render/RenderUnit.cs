using IbpPortal.PlanSite;

namespace IbpPortal.Render;

/// <summary>One unit of the first render phase: the files and pages of a group (an organisation's page and board pack),
/// or one file rendered alone.</summary>
/// <param name="Key">The group, or for a file alone its output path after a NUL, so that it cannot equal a group's name.</param>
/// <param name="Files">The unit's planned files.</param>
/// <param name="Pages">The unit's planned pages.</param>
public sealed record RenderUnit(string Key, IReadOnlyList<PlannedFile> Files, IReadOnlyList<PlannedPage> Pages)
{
    /// <summary>Every unit of a plan: files and pages grouped by their <c>Group</c>, each other file a unit of its own; ordered by key.</summary>
    public static IReadOnlyList<RenderUnit> Of(IReadOnlyList<PlannedPage> pages, IReadOnlyList<PlannedFile> files)
    {
        if (pages.FirstOrDefault(p => p.Group is not null && p.ListingModel is not null) is { } grouped)
        {
            throw new InvalidOperationException($"the listing page {grouped.Route} is in the render unit '{grouped.Group}'; listings render after every unit");
        }

        var unitFiles = files.ToLookup(f => f.Group ?? "\0" + f.OutputPath, StringComparer.Ordinal);
        var unitPages = pages.Where(p => p.Group is not null).ToLookup(p => p.Group!, StringComparer.Ordinal);
        return [.. unitFiles.Select(g => g.Key).Concat(unitPages.Select(g => g.Key)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key => new RenderUnit(key, [.. unitFiles[key]], [.. unitPages[key]]))];
    }
}
