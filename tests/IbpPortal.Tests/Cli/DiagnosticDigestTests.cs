using IbpPortal.Diagnostics;

namespace IbpPortal.Tests.Cli;

public class DiagnosticDigestTests
{
    private static Diagnostic Error(string code, int line) =>
        new(new SourceLocation("data/plans.csv", line), Severity.Error, code, "wrong", "fix it");

    [Fact]
    public void After_twenty_of_one_code_the_rest_are_counted_on_one_line()
    {
        var diagnostics = Enumerable.Range(2, 25).Select(l => Error("IBP2201", l))
            .Concat(Enumerable.Range(30, 3).Select(l => Error("IBP2202", l)))
            .ToList();

        var digest = DiagnosticDigest.Of(diagnostics);

        Assert.Equal(23, digest.Shown.Count);
        Assert.Equal(Enumerable.Range(2, 20), digest.Shown.Where(d => d.Code == "IBP2201").Select(d => d.Location.Line));
        Assert.Equal(["… and 5 more errors IBP2201 (the first 20 are shown; fix those first)"], digest.Omitted);
    }

    [Fact]
    public void A_million_problems_print_as_twenty_lines_and_a_count()
    {
        var digest = DiagnosticDigest.Of(Enumerable.Range(1, 1_000_000).Select(l => Error("IBP2201", l)));

        Assert.Equal(20, digest.Shown.Count);
        Assert.Equal("… and 999,980 more errors IBP2201 (the first 20 are shown; fix those first)", digest.Omitted.Single());
    }

    [Fact]
    public void Whole_file_messages_have_no_line_zero()
    {
        var diagnostic = new Diagnostic(SourceLocation.File("input/index.md"), Severity.Error, "IBP1131", "the portal has no home page", "add input/index.md");

        Assert.Equal("input/index.md: error IBP1131: the portal has no home page; add input/index.md", diagnostic.ToString());
    }
}
