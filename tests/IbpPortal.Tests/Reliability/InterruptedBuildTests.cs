using System.Diagnostics;
using System.Security.Cryptography;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>Kills real build processes at random moments and checks that output/ is always a whole site, old or new, or one
/// whose in-place publish was decided and is finished by the next build.</summary>
public class InterruptedBuildTests
{
    [Fact]
    public void A_killed_build_leaves_the_old_site_or_the_new_one_or_a_journal_that_finishes_it_and_the_next_build_succeeds()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var oldSite = Snapshot(site.Output);

        // The new version, built once elsewhere to know what a complete new site looks like.
        site.Write("-- input/about.md --\n---\ntitle: About (new)\n---\n## About us\n\nNew text.\n");
        var expectedNew = BuildInto(site, Path.Combine(site.Root, "expected-new"));

        var random = new Random(20191);
        var cli = Path.Combine(AppContext.BaseDirectory, "ibp.dll");
        for (var run = 0; run < 4; run++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { cli, "build", "--root", site.Root, "--no-search", "--quiet" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["LOCALAPPDATA"] = RepoPaths.SharedCache, ["XDG_DATA_HOME"] = RepoPaths.SharedCache },
            })!;
            Thread.Sleep(random.Next(150, 2500));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
            var now = Snapshot(site.Output);
            if (!now.SequenceEqual(oldSite) && !now.SequenceEqual(expectedNew))
            {
                // Killed while publishing in place: only allowed once the publish was decided, and finished by the next build.
                Assert.True(Directory.EnumerateFiles(site.Root, Write.PublishJournal.FileName, SearchOption.AllDirectories).Any(),
                    $"run {run}: output/ is neither the old site nor the new one ({now.Count} files), and no publish journal finishes it");
                Write.OutputPublisher.CleanLeftovers(site.Output);
                Assert.Equal(expectedNew, Snapshot(site.Output));
            }
        }

        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Equal(expectedNew, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "output.old-*"));
    }

    [Fact]
    public void A_build_killed_between_its_two_renames_is_repaired_by_the_next_build()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(site.Build().Succeeded);
        var snapshot = Snapshot(site.Output);
        // What Publish leaves when killed between its renames: the old site, renamed aside and marked as a leftover.
        File.WriteAllText(Path.Combine(site.Output, ".ibp-leftover"), "left by a killed build");
        Directory.Move(site.Output, site.Output + ".old-99999");

        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Equal(snapshot, Snapshot(site.Output));
        Assert.False(Directory.Exists(site.Output + ".old-99999"));
    }

    private static SortedDictionary<string, string> BuildInto(SiteFixture site, string output)
    {
        var result = Build.BuildPipeline.Run(new Build.BuildOptions { Root = site.Root, Output = output, Search = false, CacheDir = RepoPaths.SharedCache });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Snapshot(output);
    }

    private static SortedDictionary<string, string> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }
}
