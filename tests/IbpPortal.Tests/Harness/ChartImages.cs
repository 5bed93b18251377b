using System.Xml.Linq;
using AngleSharp.Dom;

namespace IbpPortal.Tests.Harness;

/// <summary>The chart drawings a page refers to: the <c>img</c> (wide drawing) and phone <c>source</c> of a chart slot, read back from their files.</summary>
internal static class ChartImages
{
    /// <summary>The SVG namespace of the drawings.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The wide drawing's address: the slot's <c>img src</c>.</summary>
    public static string WideUrl(IElement figure) =>
        figure.QuerySelector(".ibp-chart__image img")?.GetAttribute("src") ?? throw new Xunit.Sdk.XunitException($"{figure.Id} has no chart image");

    /// <summary>The phone drawing's address (the picture's <c>source</c> for narrow screens), or null when the slot has none.</summary>
    public static string? NarrowUrl(IElement figure) => figure.QuerySelector(".ibp-chart__image picture > source")?.GetAttribute("srcset");

    /// <summary>The drawing a slot shows (wide, or its phone drawing) read from the output folder: the file must exist and be SVG.</summary>
    public static XDocument Read(string output, IElement figure, bool narrow = false)
    {
        var url = narrow ? NarrowUrl(figure) ?? throw new Xunit.Sdk.XunitException($"{figure.Id} has no phone drawing") : WideUrl(figure);
        return ReadUrl(output, url);
    }

    /// <summary>A drawing by its address (the sites under test are served from <c>/</c>).</summary>
    public static XDocument ReadUrl(string output, string url)
    {
        var path = Path.Combine(output, url.TrimStart('/'));
        Assert.True(File.Exists(path), $"{url} is written beside its page");
        var svg = XDocument.Parse(File.ReadAllText(path));
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        return svg;
    }
}
