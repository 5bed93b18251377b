using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Cli;

/// <summary>The <c>ibp</c> program as a user runs it: exit codes and what it prints.</summary>
public class CliProcessTests
{
    private static (int Code, string Out, string Err) Ibp(params string[] args)
    {
        using var process = IbpCli.Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "ibp did not finish in time");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Check_exits_0_on_a_valid_portal_and_1_with_every_problem_on_its_own_line()
    {
        using var site = SiteFixture.Create(Reliability.ValidPortal.Text);
        var ok = Ibp("check", "--root", site.Root);
        Assert.True(ok.Code == 0, ok.Out + ok.Err);
        Assert.Contains("No errors", ok.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "check must not write output");

        site.Write("-- input/about.md --\n---\ntitle: About\n---\nSee [home](/hme/) and [@nobody].\n");
        var bad = Ibp("check", "--root", site.Root);
        Assert.Equal(1, bad.Code);
        var lines = bad.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("input/about.md:4:5: error IBP1110:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("input/about.md:4:", StringComparison.Ordinal) && l.Contains("IBP1111", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_can_print_github_annotations()
    {
        using var site = SiteFixture.Create(Reliability.ValidPortal.Text + "\n-- input/about.md --\n---\ntitle: About\n---\nSee [home](/hme/).\n");
        var result = Ibp("check", "--root", site.Root, "--format", "github");
        Assert.Equal(1, result.Code);
        Assert.Contains("::error file=input/about.md,line=4,col=5,title=IBP1110::", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2_and_say_how_to_get_help()
    {
        var result = Ibp("build", "--no-such-option");
        Assert.Equal(2, result.Code);
        Assert.Contains("ibp --help", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_publishes_and_a_second_build_with_nothing_changed_is_up_to_date()
    {
        using var site = SiteFixture.Create(Reliability.ValidPortal.Text);
        var first = Ibp("build", "--root", site.Root, "--no-search");
        Assert.True(first.Code == 0, first.Out + first.Err);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        var second = Ibp("build", "--root", site.Root, "--no-search");
        Assert.Equal(0, second.Code);
        Assert.Contains("Up to date", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_million_style_flood_of_one_code_prints_twenty_lines_and_a_count_and_no_stack_trace()
    {
        // Issue 24: one line per unknown code without limit (1,000,000 lines for a million codes).
        var plans = "org,metric,period,value\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"X{i:D2},att,2019-01,1\n"));
        using var site = SiteFixture.Create(Reliability.ValidPortal.Text + "\n-- data/plans.csv --\n" + plans);

        var result = Ibp("check", "--root", site.Root);

        Assert.Equal(1, result.Code);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Count(l => l.Contains("error IBP2201:", StringComparison.Ordinal)));
        Assert.Contains("… and 10 more errors IBP2201 (the first 20 are shown; fix those first)", lines);
        Assert.Contains("Failed: 30 errors", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Err + result.Out, StringComparison.Ordinal);
    }
}
