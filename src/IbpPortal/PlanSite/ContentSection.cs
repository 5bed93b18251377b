using IbpPortal.Content;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Render.Views;
using IbpPortal.Write;

namespace IbpPortal.PlanSite;

/// <summary>Plans the pages written in markdown, their listings and tag pages, and the site's fixed pages (search, 404).</summary>
/// <param name="headlines">The home page's headline figures; null for a portal without plan data (the home page then shows none).</param>
public sealed class ContentSection(IHomeHeadlines? headlines) : ISiteSection
{
    /// <summary>The folder of case studies under <c>input/</c>.</summary>
    public const string CaseStudies = "case-studies";

    /// <summary>The folder of the IBP model's steps under <c>input/</c>.</summary>
    public const string IbpModel = "ibp-model";

    private static readonly Dictionary<string, string> SectionTitles = new(StringComparer.Ordinal)
    {
        [CaseStudies] = "Case studies",
        [IbpModel] = "IBP model",
        ["news"] = "News",
        ["guide"] = "Authoring guide",
        ["tags"] = "Tags",
    };

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var pages = input.Pages;
        var bySection = pages.GroupBy(p => p.Section).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var steps = bySection.GetValueOrDefault(IbpModel, []).Where(p => p.Route != "/ibp-model/")
            .OrderBy(p => p.Meta.Order ?? double.MaxValue).ThenBy(p => p.Route, StringComparer.Ordinal).ToList();
        var caseStudies = bySection.GetValueOrDefault(CaseStudies, []).Where(p => p.Route != "/case-studies/")
            .OrderByDescending(p => p.Meta.Date).ThenBy(p => p.Meta.Title, StringComparer.Ordinal).ToList();

        // Each page's breadcrumbs name its parents: looked up by route, not searched for among all the pages.
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            titles.TryAdd(page.Route, page.Meta.Title);
        }

        foreach (var page in pages)
        {
            plan.AddPage(MarkdownPage(input, titles, page, steps, caseStudies));
        }

        PlanSectionListings(pages, bySection, caseStudies, plan);
        PlanTagPages(pages, plan);
        PlanSectorPages(caseStudies, plan);
        PlanStaticFiles(input, context, plan);
        PlanFixedPages(input, plan);
    }

    private PlannedPage MarkdownPage(PortalInput input, Dictionary<string, string> titles, ContentPage page, List<ContentPage> steps, List<ContentPage> caseStudies)
    {
        var layout = page.Meta.Layout ?? DefaultLayout(page);
        Crumb? previous = null, next = null;
        var stepIndex = steps.IndexOf(page);
        if (stepIndex >= 0)
        {
            previous = stepIndex > 0 ? new Crumb(steps[stepIndex - 1].Meta.Title, steps[stepIndex - 1].Route) : null;
            next = stepIndex < steps.Count - 1 ? new Crumb(steps[stepIndex + 1].Meta.Title, steps[stepIndex + 1].Route) : null;
        }

        return new PlannedPage
        {
            Route = page.Route,
            Title = page.Meta.Title,
            Layout = layout,
            Description = page.Meta.Description,
            Section = page.Section,
            Content = page,
            Source = page.KeyLocation("layout"),
            Breadcrumbs = Breadcrumbs(page.Route, titles),
            Date = page.Meta.Date,
            Tags = page.Meta.Tags,
            Previous = previous,
            Next = next,
            SearchFilter = SearchFilterFor(page.Section),
            Model = MarkdownPageModel(layout, page, input.Pages, steps, caseStudies),
        };
    }

    private Func<RenderContext, object?>? MarkdownPageModel(string layout, ContentPage page, IReadOnlyList<ContentPage> pages, List<ContentPage> steps, List<ContentPage> caseStudies) => layout switch
    {
        "home" => ctx => HomeModel(ctx, steps, caseStudies, headlines),
        "step" => ctx => new StepNavView([.. steps.Select(s => new LinkView(s.Meta.Title, ctx.Url(s.Route), s == page))]),
        "listing" => ctx => ListingModel(ctx, page.Section == IbpModel ? steps : ChildrenOf(page, pages)),
        _ when page.Route == "/references/" => ctx => new BibliographyView([.. ctx.References.Values.OrderBy(r => r.AuthorList, StringComparer.Ordinal).Select(ReferenceView.From)]),
        _ => null,
    };

    /// <summary>A listing for each folder of <c>input/</c> without its own index page (case studies first).</summary>
    private static void PlanSectionListings(IReadOnlyList<ContentPage> pages, Dictionary<string, List<ContentPage>> bySection, List<ContentPage> caseStudies, SitePlan plan)
    {
        if (caseStudies.Count > 0 && !pages.Any(p => p.Route == "/case-studies/"))
        {
            plan.AddPage(new PlannedPage
            {
                Route = "/case-studies/",
                Title = "Case studies",
                Layout = "listing",
                Description = "How other systems plan in an integrated way, and what the NHS can learn from them.",
                Section = CaseStudies,
                Source = new Diagnostics.SourceLocation("input/case-studies", 0),
                Breadcrumbs = [new Crumb("Home", "/")],
                SearchFilter = "Case studies",
                Model = ctx => ListingModel(ctx, caseStudies),
            });
        }

        foreach (var (section, members) in bySection.Where(s => s.Key.Length > 0 && s.Key != CaseStudies))
        {
            var route = "/" + section + "/";
            if (members.Any(p => p.Route == route))
            {
                continue;
            }

            var children = members.OrderByDescending(p => p.Meta.Date).ThenBy(p => p.Meta.Order ?? double.MaxValue).ThenBy(p => p.Meta.Title, StringComparer.Ordinal).ToList();
            plan.AddPage(new PlannedPage
            {
                Route = route,
                Title = SectionTitle(section),
                Layout = "listing",
                Section = section,
                Source = new Diagnostics.SourceLocation("input/" + section, 0),
                Breadcrumbs = [new Crumb("Home", "/")],
                SearchFilter = SearchFilterFor(section),
                Model = ctx => ListingModel(ctx, children),
            });
        }
    }

    /// <summary>The search page (when search is on) and the 404 page.</summary>
    private static void PlanFixedPages(PortalInput input, SitePlan plan)
    {
        if (input.Settings.Search && input.Options.Search)
        {
            plan.AddPage(new PlannedPage
            {
                Route = "/search/",
                Title = "Search",
                Layout = "search",
                Section = "search",
                Breadcrumbs = [new Crumb("Home", "/")],
                Searchable = false,
                Model = ctx => new SearchView(ctx.Url("/pagefind/"), SearchTerms(ctx.Plan)),
            });
        }

        plan.AddPage(new PlannedPage
        {
            Route = "/404/",
            Title = "Page not found",
            Layout = "not-found",
            Searchable = false,
            InSitemap = false,
        });
    }

    /// <summary>One listing per case-study sector (<c>/case-studies/sectors/&lt;sector&gt;/</c>), so sector filtering works without JavaScript.</summary>
    private static void PlanSectorPages(List<ContentPage> caseStudies, SitePlan plan)
    {
        foreach (var group in caseStudies.Where(c => !string.IsNullOrWhiteSpace(c.Meta.Get("sector")))
                     .GroupBy(c => Slug.From(c.Meta.Get("sector")!), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = SectorName.Display(group.First().Meta.Get("sector"));
            var members = group.ToList();
            plan.AddPage(new PlannedPage
            {
                Route = $"/case-studies/sectors/{group.Key}/",
                Title = $"Case studies: {name}",
                Layout = "listing",
                Description = members.Count == 1 ? "1 case study from this sector." : $"{members.Count} case studies from this sector.",
                Section = CaseStudies,
                Breadcrumbs = [new Crumb("Home", "/"), new Crumb("Case studies", "/case-studies/")],
                Searchable = false,
                Model = ctx => ListingModel(ctx, members, withFilters: false),
            });
        }
    }

    /// <summary>Images and other files kept beside the markdown in <c>input/</c> are published at the same path.</summary>
    private static void PlanStaticFiles(PortalInput input, RenderContext context, SitePlan plan)
    {
        var inputDir = Path.Combine(input.Options.Root, "input");
        var beside = new BesideFiles(input);
        foreach (var relative in input.InputFiles)
        {
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || relative == "references.json" ||
                relative.StartsWith(ContentLoader.CommentaryFolder + "/", StringComparison.Ordinal) ||
                relative.Split('/').Any(s => s.StartsWith('.')))
            {
                continue;
            }

            if (relative.Split('/').Any(s => !SafeFileSegment(s)))
            {
                context.Diagnostics.Error(new Diagnostics.SourceLocation("input/" + relative, 0), ContentCodes.BadSlug,
                    $"the file name 'input/{relative}' cannot be part of a web address",
                    "rename it using letters, digits, hyphens, underscores and dots only (no spaces)");
                continue;
            }

            if (beside.Withheld(relative))
            {
                // Kept beside an internal or draft page: it goes where the page goes, and a public link to it is reported.
                plan.WithheldRoutes.Add("/" + relative);
                continue;
            }

            plan.AddFile(SourceCopy.Bytes(relative, Path.Combine(inputDir, relative)));
        }
    }

    private static bool SafeFileSegment(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && segment != ".." && segment != ".";

    private static void PlanTagPages(IReadOnlyList<ContentPage> pages, SitePlan plan)
    {
        var tagged = pages.SelectMany(p => p.Meta.Tags.Select(t => (Tag: t, Page: p)))
            .GroupBy(x => Slug.From(x.Tag), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (tagged.Count == 0)
        {
            return;
        }

        foreach (var group in tagged)
        {
            var name = group.First().Tag;
            var members = group.Select(x => x.Page).Distinct<ContentPage>(ReferenceEqualityComparer.Instance).OrderByDescending(p => p.Meta.Date).ThenBy(p => p.Meta.Title, StringComparer.Ordinal).ToList();
            plan.AddPage(new PlannedPage
            {
                Route = $"/tags/{group.Key}/",
                Title = $"Tagged: {name}",
                Layout = "listing",
                Description = members.Count == 1 ? "1 page has this tag." : $"{members.Count} pages have this tag.",
                Section = "tags",
                Breadcrumbs = [new Crumb("Home", "/"), new Crumb("Tags", "/tags/")],
                Searchable = false,
                Model = ctx => ListingModel(ctx, members, withFilters: false),
            });
        }

        plan.AddPage(new PlannedPage
        {
            Route = "/tags/",
            Title = "Tags",
            Layout = "listing",
            Description = "Every tag used on the portal's pages.",
            Section = "tags",
            Breadcrumbs = [new Crumb("Home", "/")],
            Searchable = false,
            Model = ctx => new ListingView(
                [.. tagged.Select(g => new CardView(g.First().Tag, ctx.Url($"/tags/{g.Key}/"), PageCount(g), null, string.Empty))],
                Sectors: [],
                Filters: []),
        });
    }

    // A page is counted once however many of its tags share the slug; pages are told apart by reference, as hashing a
    // record would hash its whole markdown body.
    private static string PageCount(IEnumerable<(string Tag, ContentPage Page)> group)
    {
        var count = group.Select(x => x.Page).Distinct<ContentPage>(ReferenceEqualityComparer.Instance).Count();
        return count == 1 ? "1 page" : $"{count} pages";
    }

    private static HomeView HomeModel(RenderContext context, List<ContentPage> steps, List<ContentPage> caseStudies, IHomeHeadlines? headlines) => new(
        [.. steps.Select(s => Card(context, s))],
        [.. caseStudies.Take(3).Select(s => Card(context, s))],
        context.Url("/case-studies/"),
        headlines?.Headlines(context) ?? [],
        headlines?.Organisations(context) ?? [],
        context.Url("/organisations/"));

    private static ListingView ListingModel(RenderContext context, IReadOnlyList<ContentPage> items, bool withFilters = true) => new(
        [.. items.Select(p => Card(context, p))],
        withFilters
            ? [.. items.Where(p => !string.IsNullOrWhiteSpace(p.Meta.Get("sector"))).GroupBy(p => Slug.From(p.Meta.Get("sector")!), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TagView(SectorName.Display(g.First().Meta.Get("sector")), g.Key, context.Url($"/case-studies/sectors/{g.Key}/"), g.Count()))]
            : [],
        withFilters
            ? [.. items.SelectMany(p => p.Meta.Tags).GroupBy(Slug.From, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TagView(g.First(), g.Key, context.Url($"/tags/{g.Key}/"), g.Count()))]
            : []);

    private static CardView Card(RenderContext context, ContentPage page) => new(
        page.Meta.Title,
        context.Url(page.Route),
        page.Meta.Get("summary") ?? page.Meta.Description,
        page.Section == CaseStudies || page.Section == "news" ? page.Meta.Date : null,
        string.Join(' ', page.Meta.Tags.Select(Slug.From)));

    private static List<ContentPage> ChildrenOf(ContentPage parent, IReadOnlyList<ContentPage> pages) =>
        [.. pages.Where(p => p != parent && p.Route.StartsWith(parent.Route, StringComparison.Ordinal) && p.Route.Count(c => c == '/') == parent.Route.Count(c => c == '/') + 1)
            .OrderBy(p => p.Meta.Order ?? double.MaxValue).ThenByDescending(p => p.Meta.Date).ThenBy(p => p.Meta.Title, StringComparer.Ordinal)];

    private static string DefaultLayout(ContentPage page) => page.Route switch
    {
        "/" => "home",
        "/case-studies/" or "/ibp-model/" => "listing",
        _ when page.Section == CaseStudies => "case-study",
        _ when page.Section == IbpModel => "step",
        _ => "page",
    };

    /// <summary>Breadcrumbs from the home page to the page's parent, titled from the pages at each level.</summary>
    private static List<Crumb> Breadcrumbs(string route, Dictionary<string, string> titles)
    {
        if (route == "/")
        {
            return [];
        }

        var crumbs = new List<Crumb> { new("Home", "/") };
        var segments = route.Trim('/').Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var parent = "/" + string.Join('/', segments.Take(i)) + "/";
            var title = titles.GetValueOrDefault(parent) ?? SectionTitle(segments[i - 1]);
            crumbs.Add(new Crumb(title, parent));
        }

        return crumbs;
    }

    /// <summary>A section's title when it has no index page: "case-studies" becomes "Case studies".</summary>
    private static string SectionTitle(string segment) =>
        SectionTitles.GetValueOrDefault(segment) ?? char.ToUpperInvariant(segment[0]) + segment[1..].Replace('-', ' ');

    private static string? SearchFilterFor(string section) => section switch
    {
        CaseStudies => "Case studies",
        "news" => "News",
        _ => "Guidance",
    };

    /// <summary>The words of the titles of every page in the search index, for the search page's "did you mean".</summary>
    /// <remarks>Only pages of this build are in its plan, so a public build never lists an internal page's words.</remarks>
    private static string SearchTerms(SitePlan plan) => string.Join('|', plan.Pages
        .Where(p => p.Searchable)
        .SelectMany(p => p.Title.Split([' ', ':', ',', '(', ')', '/', '?', '.', '\'', '"', '|'], StringSplitOptions.RemoveEmptyEntries))
        .Where(word => word.Length >= 4 && word.All(char.IsLetter))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Order(StringComparer.OrdinalIgnoreCase));
}
