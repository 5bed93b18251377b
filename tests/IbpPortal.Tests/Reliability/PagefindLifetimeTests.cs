using System.Diagnostics;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Issue 24, "a Pagefind process was left running after a kill -9 of the build": the indexer runs under a watchdog
/// bound to the build's life. A stand-in Pagefind (a script that records its process id and sleeps) shows it.
/// </summary>
public class PagefindLifetimeTests
{
    [Fact]
    public void Killing_the_build_with_sigkill_also_ends_the_search_indexer()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var site = SiteFixture.Create(ValidPortal.Text);
        var pidFile = Path.Combine(site.Root, "pagefind.pid");
        var modules = Path.Combine(site.Root, "theme", "node_modules");
        File.Delete(modules);
        Directory.CreateDirectory(modules);
        var shared = Path.Combine(RepoPaths.Theme, "node_modules");
        if (Directory.Exists(shared))
        {
            // Every package of the repository's install but Pagefind, so the theme needs no npm install of its own.
            foreach (var package in Directory.EnumerateFileSystemEntries(shared).Where(p => Path.GetFileName(p) is not ("@pagefind" or "pagefind" or ".package-lock.json")))
            {
                Directory.CreateSymbolicLink(Path.Combine(modules, Path.GetFileName(package)), package);
            }
        }

        var bin = Path.Combine(modules, "@pagefind", "linux-x64", "bin");
        Directory.CreateDirectory(bin);
        var fake = Path.Combine(bin, "pagefind");
        File.WriteAllText(fake, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec sleep 60\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        using var build = IbpCli.Start("build", "--root", site.Root, "--quiet");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            if (build.HasExited)
            {
                Assert.Fail("the build ended before it ran the indexer: " + build.StandardError.ReadToEnd() + build.StandardOutput.ReadToEnd());
            }

            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the indexer never started");
            Thread.Sleep(50);
        }

        var indexer = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(IsRunning(indexer), $"the stand-in indexer {indexer} is not running after {clock.Elapsed.TotalSeconds:N1} s");

        build.Kill(entireProcessTree: false);
        build.WaitForExit();
        clock.Restart();
        while (IsRunning(indexer) && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
        }

        Assert.False(IsRunning(indexer), "the indexer outlived the killed build");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the indexer took {clock.Elapsed.TotalSeconds:N1} s to end");
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
