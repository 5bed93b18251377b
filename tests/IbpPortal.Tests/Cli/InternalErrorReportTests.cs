using IbpPortal.Cli;

namespace IbpPortal.Tests.Cli;

public sealed class InternalErrorReportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ibp-crash-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void An_internal_error_prints_one_line_with_the_crash_log_and_the_log_holds_the_stack_trace()
    {
        var exception = Thrown();
        using var error = new StringWriter();

        var log = InternalErrorReport.Report(exception, ["build", "--root", "x"], error, _folder, new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero));

        var printed = error.ToString();
        Assert.Single(printed.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ibp: internal error (InvalidOperationException); nothing was published", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.NotNull(log);
        Assert.Contains(log, printed, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_folder, "ibp-crash-20261202-180000-"), log, StringComparison.Ordinal);
        var text = File.ReadAllText(log);
        Assert.Contains("command: ibp build --root x", text, StringComparison.Ordinal);
        Assert.Contains("   at ", text, StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_log_cannot_be_written_the_line_says_how_to_see_the_details()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "ibp-crash-blocker-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blocker, "a file where the folder would be");
        try
        {
            using var error = new StringWriter();

            var log = InternalErrorReport.Report(Thrown(), [], error, blocker, DateTimeOffset.UnixEpoch);

            Assert.Null(log);
            Assert.Contains("IBP_DEBUG=1", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private static AggregateException Thrown()
    {
        try
        {
            throw new InvalidOperationException("a fault in the program");
        }
        catch (InvalidOperationException ex)
        {
            return new AggregateException(ex);
        }
    }
}
