using IbpPortal.Analyse.Series;
using IbpPortal.Charts;
using IbpPortal.Model;
using UglyToad.PdfPig;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

public class ChartPdfBookTests
{
    private static byte[] Book()
    {
        var metadata = new ChartPdfMetadata("RR8 board pack charts", new DateTime(2019, 4, 30, 9, 0, 0, DateTimeKind.Utc));
        using var spc = SpcChartBuilder.Build(new SpcChartData("Four-hour A&E performance, RR8", Percent(), ShiftUp(), "RR8"));
        var entries = new[] { new BenchmarkEntry("RR8", "Leeds", 90, 2), new BenchmarkEntry("RA1", "Other", 95, 1) };
        using var ranking = BenchmarkRankingBuilder.Build(new BenchmarkChartData("A&E", Percent(), new Period(2019, 3), entries, "RR8", 92.5, 91.2, 93.7));
        using var trajectory = TrajectoryChartBuilder.Build(new TrajectoryChartData("A&E", Percent(), "RR8",
            [new SeriesPoint(new Period(2019, 1), DataValue.Of(90)), new SeriesPoint(new Period(2019, 2), DataValue.Suppressed), new SeriesPoint(new Period(2019, 3), DataValue.Of(91))],
            [new SeriesPoint(new Period(2019, 1), DataValue.Of(91)), new SeriesPoint(new Period(2019, 3), DataValue.Of(92))], 95));

        using var stream = new MemoryStream();
        using (var book = new ChartPdfBook(stream, metadata))
        {
            Assert.Equal(1, book.AddPage(spc, 480, 240));
            Assert.Equal(2, book.AddPage(ranking, 480, 240));
            Assert.Equal(3, book.AddPage(trajectory));
        }

        return stream.ToArray();
    }

    [Fact]
    public void Three_charts_make_one_pdf_of_three_pages_with_text_kept_as_text()
    {
        using var pdf = PdfDocument.Open(Book());

        Assert.Equal(3, pdf.NumberOfPages);
        Assert.Equal(480, pdf.GetPage(1).Width, 1);
        Assert.Contains("Apr 16", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains("Leeds", pdf.GetPage(2).Text, StringComparison.Ordinal);
        Assert.Equal("RR8 board pack charts", pdf.Information.Title);
    }

    [Fact]
    public void Two_runs_give_identical_bytes() => Assert.Equal(Book(), Book());
}
