using System.Xml.Linq;
using IbpPortal.Analyse.Spc;
using IbpPortal.Charts;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

public class SpcIconsTests
{
    [Theory]
    [InlineData(VariationIcon.ImprovementHigh, "Special cause improvement (high)", "H", ChartTheme.Improvement)]
    [InlineData(VariationIcon.ConcernLow, "Special cause concern (low)", "L", ChartTheme.Concern)]
    [InlineData(VariationIcon.NeitherHigh, "Special cause, neither improvement nor concern (high)", "H", ChartTheme.Neither)]
    [InlineData(VariationIcon.CommonCause, "Common cause variation", null, ChartTheme.CommonCause)]
    public void Variation_icon_is_an_accessible_image_with_letter_and_colour(VariationIcon icon, string label, string? letter, string colour)
    {
        var svg = XDocument.Parse(SpcIcons.VariationIconSvg(icon)).Root!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(label, (string?)svg.Attribute("aria-label"));
        Assert.Equal(label, svg.Element(Svg + "title")!.Value);
        Assert.Equal(colour, (string?)svg.Element(Svg + "circle")!.Attribute("stroke"));
        Assert.Equal(letter, svg.Element(Svg + "text")?.Value);
    }

    [Theory]
    [InlineData(AssuranceIcon.Pass, "Consistently passes target", IconMark.Letter)]
    [InlineData(AssuranceIcon.Fail, "Consistently fails target", IconMark.Letter)]
    [InlineData(AssuranceIcon.HitAndMiss, "Hit and miss target", IconMark.WaveAndTarget)]
    [InlineData(AssuranceIcon.None, "No target", IconMark.Empty)]
    public void Assurance_icon_has_its_label_and_mark(AssuranceIcon icon, string label, IconMark mark)
    {
        var style = SpcIcons.AssuranceStyle(icon);

        Assert.Equal(label, style.Label);
        Assert.Equal(mark, style.Mark);
        Assert.Equal(label, (string?)XDocument.Parse(SpcIcons.AssuranceIconSvg(icon)).Root!.Attribute("aria-label"));
    }
}
