using System.Xml.Linq;
using IbpPortal.Content;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Content;

public class ContentFeatureTests
{
    private const string Home = """
        -- input/index.md --
        ---
        title: Home
        ---
        Welcome.

        """;

    [Fact]
    public void Drafts_are_built_only_when_asked()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/plans.md --
            ---
            title: Plans in progress
            draft: true
            ---
            Not ready.
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.False(site.HasPage("/plans/"));
        Assert.True(site.Build(drafts: true).Succeeded);
        Assert.True(site.HasPage("/plans/"));
    }

    [Fact]
    public void Internal_pages_are_absent_from_every_public_output_and_present_in_an_internal_build()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/news/secret.md --
            ---
            title: Confidential plan CANARY-TITLE
            date: 2025-01-01
            tags: [restricted]
            visibility: internal
            ---
            CANARY-BODY text.
            -- input/news/open.md --
            ---
            title: Open news
            date: 2025-01-02
            ---
            Public.
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        foreach (var file in site.OutputFiles().Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var text = site.File(file);
            Assert.DoesNotContain("CANARY", text, StringComparison.Ordinal);
            Assert.DoesNotContain("restricted", text, StringComparison.Ordinal);
        }

        Assert.True(site.Build(@internal: true).Succeeded, string.Join("\n", site.Messages));
        Assert.Contains("CANARY-BODY", site.File("news/secret/index.html"), StringComparison.Ordinal);
        Assert.Contains("Internal edition", site.File("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_page_linking_to_an_internal_page_is_an_error_in_a_public_build_only()
    {
        using var site = SiteFixture.Create("""
            -- input/index.md --
            ---
            title: Home
            ---
            See [the escalation plan](/escalation/).
            -- input/escalation.md --
            ---
            title: Escalation
            visibility: internal
            ---
            Internal.
            """);
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/index.md:4:5: error IBP1109:", StringComparison.Ordinal));
        Assert.True(site.Build(@internal: true).Succeeded, string.Join("\n", site.Messages));
    }

    [Fact]
    public void Unknown_layout_names_file_line_and_the_layouts_that_exist()
    {
        using var site = SiteFixture.Create("""
            -- input/index.md --
            ---
            title: Home
            layout: case-studdy
            ---
            Text.
            """);
        Assert.False(site.Build().Succeeded);
        var message = Assert.Single(site.Messages, m => m.Contains("IBP1108", StringComparison.Ordinal));
        Assert.StartsWith("input/index.md:3: error IBP1108: the layout 'case-studdy' does not exist", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'case-study'?", message, StringComparison.Ordinal);
        Assert.Contains("page", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_escaped_unless_the_portal_allows_it()
    {
        const string Page = """
            -- input/index.md --
            ---
            title: Home
            ---
            <div class="custom">Boxed</div>

            A [link](javascript:alert(1)).
            """;
        using var site = SiteFixture.Create(Page);
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/index.md:6:3: error IBP1114:", StringComparison.Ordinal));

        site.Write(Page.Replace("A [link](javascript:alert(1)).", "Safe.", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Null(site.Page("/").QuerySelector("div.custom"));
        Assert.Contains(site.Page("/").QuerySelectorAll("main p"), p => p.TextContent == "<div class=\"custom\">Boxed</div>");

        site.Write("-- portal.yml --\nallow_raw_html: true\n");
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.NotNull(site.Page("/").QuerySelector("div.custom"));
    }

    [Fact]
    public void Base_path_prefixes_every_link_and_canonical_addresses_are_absolute()
    {
        using var site = SiteFixture.Create("""
            -- portal.yml --
            base_url: https://example.nhs.uk/ibp/
            -- input/index.md --
            ---
            title: Home
            ---
            Read [about us](/about/).
            -- input/about.md --
            ---
            title: About
            ---
            Back [home](/).
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var home = site.Page("/");
        Assert.Equal("/ibp/about/", home.QuerySelector("main a[href*='about']")!.GetAttribute("href"));
        Assert.Equal("https://example.nhs.uk/ibp/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("/ibp/assets/portal.", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.All(home.QuerySelectorAll("a[href^='/']"), a => Assert.StartsWith("/ibp/", a.GetAttribute("href"), StringComparison.Ordinal));
        var sitemap = XDocument.Parse(site.File("sitemap.xml"));
        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), e => e.Value == "https://example.nhs.uk/ibp/about/");
        Assert.Contains("Sitemap: https://example.nhs.uk/ibp/sitemap.xml", site.File("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_on_cards_and_case_studies_read_day_month_year_not_the_US_short_date()
    {
        // Regression: DateOnly reached the date_long filter as the invariant short date "01/15/2025".
        using var site = SiteFixture.Create(Home + """
            -- input/case-studies/winter.md --
            ---
            title: Winter study
            date: 2025-01-15
            ---
            Text.
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Equal("15 January 2025", site.Page("/case-studies/").QuerySelector(".ibp-card__date")!.TextContent);
        Assert.Contains("15 January 2025", site.Page("/case-studies/winter/").QuerySelector(".nhsuk-summary-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_studies_are_listed_newest_first_with_tag_pages_and_an_atom_feed()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/case-studies/older.md --
            ---
            title: Older study
            date: 2024-01-01
            tags: [Asset management]
            summary: The older one.
            ---
            Text.
            -- input/case-studies/newer.md --
            ---
            title: Newer study
            date: 2025-06-01
            tags: [Asset management, Workforce]
            ---
            Text.
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var cards = site.Page("/case-studies/").QuerySelectorAll(".ibp-listing .nhsuk-card__link").Select(a => a.TextContent).ToList();
        Assert.Equal(["Newer study", "Older study"], cards);
        var tagged = site.Page("/tags/asset-management/").QuerySelectorAll(".nhsuk-card__link").Select(a => a.TextContent).ToList();
        Assert.Equal(["Newer study", "Older study"], tagged);
        Assert.Equal(["Newer study"], site.Page("/tags/workforce/").QuerySelectorAll(".nhsuk-card__link").Select(a => a.TextContent));

        var feed = XDocument.Parse(site.File("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(["Newer study", "Older study"], feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("2025-06-01T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Citations_link_to_the_reference_list_and_unknown_keys_are_errors()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/references.json --
            [{"id": "kemp1992", "type": "article-journal", "title": "Strategic planning in the public sector",
              "author": [{"family": "Kemp", "given": "R."}, {"family": "Kemp", "given": "S."}],
              "issued": {"date-parts": [[1992]]}, "container-title": "Public Administration Review", "volume": "52", "issue": "1", "page": "81-89"}]
            -- input/why.md --
            ---
            title: Why plan
            ---
            Planning matters [@kemp1992].
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var page = site.Page("/why/");
        Assert.Equal("Kemp and Kemp, 1992", page.QuerySelector(".ibp-citation a[href='#ref-kemp1992']")!.TextContent);
        var entry = page.QuerySelector("#ref-kemp1992")!.TextContent;
        Assert.Contains("Kemp, R. and Kemp, S. (1992)", entry, StringComparison.Ordinal);
        Assert.Contains("Public Administration Review, 52(1), pp. 81–89", entry, StringComparison.Ordinal);

        site.Write("-- input/why.md --\n---\ntitle: Why plan\n---\nPlanning matters [@kemp1993].\n");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/why.md:4:18: error IBP1111:", StringComparison.Ordinal) && m.Contains("did you mean '@kemp1992'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Shortcode_errors_name_file_line_and_the_nearest_shortcode()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/callouts.md --
            ---
            title: Callouts
            ---
            {{< insett >}}
            Text.
            {{< /insett >}}

            {{< details >}}
            Missing summary.
            {{< /details >}}

            {{< warning title="Careful" >}}
            Never closed.
            """);
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/callouts.md:4:1: error IBP1201: there is no shortcode called 'insett'; did you mean 'inset'?", StringComparison.Ordinal));
        Assert.Contains(site.Messages, m => m.StartsWith("input/callouts.md:8:1: error IBP1202: the 'details' shortcode needs a 'summary' argument", StringComparison.Ordinal));
        Assert.Contains(site.Messages, m => m.StartsWith("input/callouts.md:12:1: error IBP1204:", StringComparison.Ordinal));
    }

    [Fact]
    public void Callouts_render_as_nhs_components()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/callouts.md --
            ---
            title: Callouts
            ---
            {{< inset >}}
            Inset **text**.
            {{< /inset >}}

            {{< details summary="What is SPC?" >}}
            Statistical process control.
            {{< /details >}}
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var page = site.Page("/callouts/");
        Assert.Equal("text", page.QuerySelector(".nhsuk-inset-text strong")!.TextContent);
        Assert.Equal("What is SPC?", page.QuerySelector("details.nhsuk-details .nhsuk-details__summary-text")!.TextContent);
        Assert.Contains("Statistical process control.", page.QuerySelector(".nhsuk-details__text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_tables_are_nhs_responsive_tables_whose_cells_name_their_column()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/codes.md --
            ---
            title: Codes
            ---
            | code | what it means | count |
            |---|---|--:|
            | `IBP2001` | A **data** file is empty. | 12 |
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var table = site.RawPage("/codes/").QuerySelector("main table")!;

        Assert.Equal("nhsuk-table nhsuk-table--responsive", table.ClassName);
        Assert.Equal(["code", "what it means", "count"], table.QuerySelectorAll("thead th[scope='col']").Select(th => th.TextContent.Trim()));
        var cells = table.QuerySelectorAll("tbody tr td");
        Assert.Equal(["code", "what it means", "count"], cells.Select(td => td.QuerySelector(".nhsuk-table__heading[aria-hidden='true']")!.TextContent.Trim()));
        Assert.Equal("IBP2001", cells[0].QuerySelector("code")!.TextContent);
        Assert.Equal("data", cells[1].QuerySelector("strong")!.TextContent);
        Assert.Contains("nhsuk-u-text-align-right", cells[2].ClassName, StringComparison.Ordinal);
        Assert.Null(table.QuerySelector("[style]"));
    }

    [Fact]
    public void Contact_shortcode_writes_the_address_from_portal_yml_and_is_an_error_without_one()
    {
        const string page = """
            -- input/accessibility.md --
            ---
            title: Accessibility
            ---
            Email {{< contact >}} for another format.
            """;
        using (var site = SiteFixture.Create("-- portal.yml --\ntitle: T\ncontact_email: access.team@example.nhs.uk\n" + Home + page))
        {
            Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
            var link = site.Page("/accessibility/").QuerySelector("main a[href^='mailto:']")!;
            Assert.Equal("mailto:access.team@example.nhs.uk", link.GetAttribute("href"));
            Assert.Equal("access.team@example.nhs.uk", link.TextContent);
        }

        using (var site = SiteFixture.Create(Home + page))
        {
            Assert.False(site.Build().Succeeded);
            Assert.Contains(site.Messages, m => m.StartsWith("input/accessibility.md:4:7: error IBP1209: this page names the portal's contact address, but portal.yml has no contact_email", StringComparison.Ordinal));
        }

        using (var site = SiteFixture.Create("-- portal.yml --\ntitle: T\ncontact_email: javascript:alert(1)\n" + Home + page))
        {
            Assert.False(site.Build().Succeeded);
            Assert.Contains(site.Messages, m => m.Contains("error IBP", StringComparison.Ordinal) && m.Contains("contact_email 'javascript:alert(1)' is not an e-mail address", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Scaffolded_case_study_builds_and_never_clashes_with_an_existing_slug()
    {
        using var site = SiteFixture.Create(Home);
        var first = Scaffold.Create(site.Root, "case-study", "Winter planning: Leeds", new DateOnly(2026, 11, 29));
        var second = Scaffold.Create(site.Root, "case-study", "Winter planning: Leeds", new DateOnly(2026, 11, 29));
        Assert.Equal("input/case-studies/winter-planning-leeds.md", first);
        Assert.Equal("input/case-studies/winter-planning-leeds-2.md", second);
        Assert.True(site.Build(drafts: true).Succeeded, string.Join("\n", site.Messages));
        Assert.Equal("Winter planning: Leeds", site.Page("/case-studies/winter-planning-leeds/").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Case_studies_can_be_filtered_by_sector_without_javascript()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/case-studies/one.md --
            ---
            title: Toronto
            date: 2024-05-01
            sector: public sector
            ---
            Text.
            -- input/case-studies/two.md --
            ---
            title: Leeds
            date: 2025-01-01
            sector: nhs trust
            ---
            Text.
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var listing = site.Page("/case-studies/");
        Assert.Equal(["/case-studies/sectors/nhs-trust/", "/case-studies/sectors/public-sector/"],
            listing.QuerySelectorAll(".ibp-filters--sector a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Leeds"], site.Page("/case-studies/sectors/nhs-trust/").QuerySelectorAll(".nhsuk-card__link").Select(a => a.TextContent));
    }

    [Fact]
    public void Images_beside_the_markdown_are_published_and_checked()
    {
        using var site = SiteFixture.Create(Home + """
            -- input/about.md --
            ---
            title: About
            ---
            ![A chart of the plan](images/plan.png)
            -- input/images/plan.png --
            not really a png
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Equal("/images/plan.png", site.Page("/about/").QuerySelector("main img")!.GetAttribute("src"));
        Assert.Contains("images/plan.png", site.OutputFiles());

        site.Write("-- input/about.md --\n---\ntitle: About\n---\n![Missing](images/nothing.png)\n");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/about.md:4:1: error IBP1110:", StringComparison.Ordinal));
    }
}
