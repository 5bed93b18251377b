using System.Globalization;
using System.Text;
using System.Xml;
using IbpPortal.Load;
using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>Plans <c>sitemap.xml</c>, <c>feed.xml</c> (Atom: case studies and news) and <c>robots.txt</c>; planned last, as they list other pages.</summary>
public sealed class SiteFilesSection : ISiteSection
{
    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        plan.AddFile(new PlannedFile("sitemap.xml", Sitemap));
        plan.AddFile(new PlannedFile("feed.xml", ctx => Feed(ctx, input)));
        plan.AddFile(new PlannedFile("robots.txt", ctx => Encoding.UTF8.GetBytes(
            ctx.InternalBuild
                ? "User-agent: *\nDisallow: /\n"
                : $"User-agent: *\nAllow: /\n\nSitemap: {ctx.AbsoluteUrl("/sitemap.xml")}\n")));
    }

    private static byte[] Sitemap(RenderContext context)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings()))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in context.Plan.Pages.Where(p => p.InSitemap))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", context.AbsoluteUrl(page.Route));
                if (page.Date is { } date)
                {
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static byte[] Feed(RenderContext context, PortalInput input)
    {
        const string Atom = "http://www.w3.org/2005/Atom";
        var entries = context.Plan.Pages
            .Where(p => p.Content is not null && p.Date is not null && (p.Section == ContentSection.CaseStudies || p.Section == "news"))
            .OrderByDescending(p => p.Date).ThenBy(p => p.Route, StringComparer.Ordinal)
            .ToList();
        var updated = entries.Count > 0 ? entries[0].Date!.Value : new DateOnly(2000, 1, 1);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings()))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, input.Settings.Title + ": case studies and news");
            xml.WriteElementString("subtitle", Atom, input.Settings.Description);
            xml.WriteElementString("id", Atom, context.AbsoluteUrl("/"));
            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Link(xml, Atom, context.AbsoluteUrl("/feed.xml"), "self");
            Link(xml, Atom, context.AbsoluteUrl("/"), "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, input.Settings.Publisher);
            xml.WriteEndElement();
            foreach (var page in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, page.Title);
                xml.WriteElementString("id", Atom, context.AbsoluteUrl(page.Route));
                xml.WriteElementString("updated", Atom, Timestamp(page.Date!.Value));
                Link(xml, Atom, context.AbsoluteUrl(page.Route), "alternate");
                var summary = page.Content?.Meta.Get("summary") ?? page.Description;
                if (!string.IsNullOrEmpty(summary))
                {
                    xml.WriteElementString("summary", Atom, summary);
                }

                foreach (var tag in page.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static XmlWriterSettings Settings() => new()
    {
        Encoding = TextDecoding.Utf8NoBom,
        Indent = true,
        NewLineChars = "\n",
    };
}
