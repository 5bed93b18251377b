using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sections;

/// <summary>Chart drawings as files beside their pages: a markdown page's chart shortcode, and an internal page's chart kept out of a public build.</summary>
public sealed class ChartFileTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.Create(BenchmarkingPagesTests.Data + """

        -- input/index.md --
        ---
        title: Home
        ---
        {{< spc org="RA1" metric="beds" >}}
        -- input/briefing.md --
        ---
        title: Board briefing
        visibility: internal
        ---
        {{< spc org="RA2" metric="beds" >}}
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_chart_shortcode_writes_its_drawings_beside_its_markdown_page()
    {
        Assert.True(_site.Build().Succeeded, string.Join("\n", _site.Messages));
        var figure = _site.Page("/").QuerySelector("figure#spc-beds-RA1")!;
        Assert.Equal("/charts/spc-beds-RA1.svg", ChartImages.WideUrl(figure));
        Assert.Equal("/charts/spc-beds-RA1-narrow.svg", ChartImages.NarrowUrl(figure));
        var title = _site.Chart(figure).Root!.Element(ChartImages.Svg + "title")!.Value;
        Assert.Equal(figure.QuerySelector(".ibp-chart__title")!.TextContent.Trim(), title);
        Assert.Equal(title, _site.Chart(figure, narrow: true).Root!.Element(ChartImages.Svg + "title")!.Value);
    }

    [Fact]
    public void An_internal_pages_chart_is_written_only_in_the_internal_build()
    {
        Assert.True(_site.Build().Succeeded, string.Join("\n", _site.Messages));
        Assert.DoesNotContain(_site.OutputFiles(), f => f.StartsWith("briefing/", StringComparison.Ordinal) || f.Contains("spc-beds-RA2", StringComparison.Ordinal) && !f.StartsWith("organisations/", StringComparison.Ordinal));

        Assert.True(_site.Build(@internal: true).Succeeded, string.Join("\n", _site.Messages));
        var figure = _site.Page("/briefing/").QuerySelector("figure#spc-beds-RA2")!;
        Assert.Equal("/briefing/charts/spc-beds-RA2.svg", ChartImages.WideUrl(figure));
        Assert.Contains("briefing/charts/spc-beds-RA2.svg", _site.OutputFiles());
    }
}
