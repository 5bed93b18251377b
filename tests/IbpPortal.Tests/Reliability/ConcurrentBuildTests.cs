using System.Diagnostics;
using IbpPortal.Safety;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Issue 24, "two builds at once publish half a site": builds of one output folder take turns under an operating-system
/// lock, so the result is always one complete site; and a build removes only the leftovers it marked as its own.
/// </summary>
public class ConcurrentBuildTests
{
    [Fact]
    public async Task Two_builds_at_once_take_turns_and_leave_one_complete_site()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(IbpCli.Run("build", "--root", site.Root, "--no-search", "--quiet").Code == 0);
        var complete = site.OutputFiles();

        using var first = IbpCli.Start("build", "--root", site.Root, "--no-search", "--clean");
        Thread.Sleep(300);
        using var second = IbpCli.Start("build", "--root", site.Root, "--no-search", "--clean");
        var firstOut = first.StandardOutput.ReadToEndAsync();
        var firstErr = first.StandardError.ReadToEndAsync();
        var secondOut = second.StandardOutput.ReadToEndAsync();
        var secondErr = second.StandardError.ReadToEndAsync();
        Assert.True(first.WaitForExit(TimeSpan.FromMinutes(2)) && second.WaitForExit(TimeSpan.FromMinutes(2)));

        Assert.True(first.ExitCode == 0, await firstOut + await firstErr);
        Assert.True(second.ExitCode == 0, await secondOut + await secondErr);
        Assert.Equal(complete, site.OutputFiles());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "output.old-*"));
    }

    [Fact]
    public async Task A_build_waits_for_the_lock_with_a_message_and_refuses_after_its_timeout()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var held = OutputLock.Acquire(site.Output, TimeSpan.Zero);
        Assert.NotNull(held);
        try
        {
            var refused = IbpCli.Run("build", "--root", site.Root, "--no-search", "--wait", "1");
            Assert.Equal(1, refused.Code);
            Assert.Contains("waiting up to 1 s", refused.Err, StringComparison.Ordinal);
            Assert.Contains("error IBP5004:", refused.Err, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.Output));

            using var waiting = IbpCli.Start("build", "--root", site.Root, "--no-search");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var err = await waiting.StandardError.ReadLineAsync(timeout.Token);
            Assert.Contains("another ibp build or preview is writing", err, StringComparison.Ordinal);
            held.Dispose();
            held = null;
            var rest = waiting.StandardOutput.ReadToEndAsync();
            Assert.True(waiting.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.True(waiting.ExitCode == 0, await rest);
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        }
        finally
        {
            held?.Dispose();
        }
    }

    [Fact]
    public void The_lock_of_a_killed_build_is_free_at_once()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        using var build = IbpCli.Start("build", "--root", site.Root, "--no-search", "--clean");
        var clock = Stopwatch.StartNew();
        while (OutputLock.IsFree(site.Output) && clock.Elapsed < TimeSpan.FromSeconds(30) && !build.HasExited)
        {
            Thread.Sleep(20);
        }

        build.Kill(entireProcessTree: true);
        build.WaitForExit();
        Assert.True(OutputLock.IsFree(site.Output), "the operating system must release a killed build's lock");
    }

    [Fact]
    public void A_users_folders_named_like_leftovers_are_never_touched()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var backup = Path.Combine(site.Root, "output.old-my-backup");
        var staging = Path.Combine(site.Root, ".output.staging-12345");
        foreach (var folder in new[] { backup, staging })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "precious.txt"), "mine");
        }

        // With output/ missing, the old build moved output.old-* into output/ and then replaced it.
        var result = IbpCli.Run("build", "--root", site.Root, "--no-search");
        Assert.True(result.Code == 0, result.Out + result.Err);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(backup, "precious.txt")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(staging, "precious.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "precious.txt")));
    }
}
