using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using IbpPortal.Safety;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>Issue 24, "preview ignores Ctrl+C and SIGTERM": the real <c>ibp preview</c> stops within a second or two, freeing its port and lock.</summary>
public partial class PreviewSignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Preview_stops_promptly_on_a_signal_and_frees_its_port_and_lock(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = SiteFixture.Create(ValidPortal.Text);
        using var preview = IbpCli.Start("preview", "--root", site.Root, "--port", "0");
        var stderr = preview.StandardError.ReadToEndAsync();
        var port = await ServingPortAsync(preview);

        // A page open in a browser keeps an event stream open; the preview must not wait for it.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var events = await http.GetStreamAsync(new Uri($"http://127.0.0.1:{port}/__ibp/events"));
        Assert.False(OutputLock.IsFree(site.Output), "the preview holds the output folder's lock while it serves");

        var clock = Stopwatch.StartNew();
        IbpCli.Signal(preview, signal);
        Assert.True(preview.WaitForExit(TimeSpan.FromSeconds(5)), $"still running 5 s after SIG{signal}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:N1} s to stop; {await stderr}");

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
        Assert.True(OutputLock.IsFree(site.Output));
    }

    [Fact]
    public async Task A_build_refuses_while_a_preview_serves_the_same_output()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        using var preview = IbpCli.Start("preview", "--root", site.Root, "--port", "0");
        _ = preview.StandardError.ReadToEndAsync();
        try
        {
            await ServingPortAsync(preview);
            var build = IbpCli.Run("build", "--root", site.Root, "--no-search", "--wait", "0");
            Assert.Equal(1, build.Code);
            Assert.Contains("error IBP5004:", build.Err, StringComparison.Ordinal);
        }
        finally
        {
            preview.Kill();
            preview.WaitForExit();
        }
    }

    private static async Task<int> ServingPortAsync(Process preview)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await preview.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ServingAt().Match(line) is { Success: true } match)
            {
                _ = preview.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Assert.Fail("the preview never said where it serves");
        return 0;
    }

    [GeneratedRegex(@"at http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex ServingAt();
}
