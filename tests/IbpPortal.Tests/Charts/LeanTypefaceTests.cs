using System.Xml.Linq;
using IbpPortal.Charts;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using SkiaSharp;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

/// <summary>Charts draw with lean copies of the font (a short character map) and fall back to the whole font for other text.</summary>
public class LeanTypefaceTests
{
    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value.Trim())];

    [Fact]
    public void LeanFaceMapsItsCharactersToTheSameGlyphsAndNothingElse()
    {
        var lean = EmbeddedTypefaces.RegularFor("Apr 25");
        var full = EmbeddedTypefaces.RegularFor("Ł");
        Assert.NotSame(lean, full);
        using var leanFont = new SKFont(lean, 12);
        using var fullFont = new SKFont(full, 12);

        // £ (U+00A3), en dash (U+2013) and ≥ (U+2265) are in the lean set; Ł (U+0141) and Ω (U+03A9) are not.
        Assert.Equal(fullFont.GetGlyphs("Apr 25 £4.5m – ≥ 95%"), leanFont.GetGlyphs("Apr 25 £4.5m – ≥ 95%"));
        Assert.Equal(fullFont.MeasureText("Apr 25 £4.5m – ≥ 95%"), leanFont.MeasureText("Apr 25 £4.5m – ≥ 95%"));
        Assert.Equal(new ushort[] { 0, 0 }, leanFont.GetGlyphs("ŁΩ"));
        Assert.All(fullFont.GetGlyphs("ŁΩ"), g => Assert.NotEqual(0, g));
        Assert.Equal(full.FamilyName, lean.FamilyName);
        Assert.Equal("Liberation Sans", lean.FamilyName);
    }

    [Fact]
    public void TextOutsideTheLeanSetIsWrittenWithItsOwnCharacters()
    {
        // An organisation name and an axis title (from the metric's name) with letters outside the lean set.
        Metric rate = new("falls", "Falls per 1,000 bed-days in Łódź", Domain.Quality, Unit.Rate, Improvement.Decrease, 1, null, null, null, AggregateRule.None, "", SourceLocation.File("metrics.csv"));
        BenchmarkEntry[] entries = [new("RA", "Ysbyty Ŵrexham", 4.1, 1), new("RB", "Bravo Trust", 5.2, 2)];
        using var chart = BenchmarkRankingBuilder.Build(new BenchmarkChartData("Falls", rate, new Period(2019, 3), entries, "RA", 4.6, 4.1, 5.2, null), 640);

        var texts = Texts(XDocument.Parse(chart.ToSvg("rank").Markup));

        Assert.Contains("Ysbyty Ŵrexham", texts);
        Assert.Contains(texts, t => t.EndsWith("Łódź", StringComparison.Ordinal));
        Assert.Contains("Bravo Trust", texts);
        Assert.DoesNotContain(texts, t => t.Contains('\0', StringComparison.Ordinal));
    }

    [Fact]
    public void ReBaseReasonOutsideTheLeanSetKeepsItsCharacters()
    {
        var rebase = new Rebase("RXF", "ae_4hr", new Period(2016, 10), "Ωmega triage → new count", SourceLocation.File("data/rebase.csv"));
        var data = new SpcChartData("Four-hour A&E performance, RXF", Percent(), ShiftUp(), "RXF", Rebases: [rebase]);
        using var chart = SpcChartBuilder.Build(data);

        var texts = Texts(XDocument.Parse(chart.ToSvg("c1").Markup));

        Assert.Contains(texts, t => t.Contains("Ωmega triage → new count", StringComparison.Ordinal));
    }
}
