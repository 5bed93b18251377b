using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Issue 24, "symlinks are followed": a source that is a link to something outside the portal is an error naming the
/// link; nothing of the target is read, so nothing of it is published or quoted in a message.
/// </summary>
public class SourceLinkTests
{
    private const string Canary = "CANARY-OUTSIDE-THE-PORTAL";

    public static TheoryData<string, bool, string> Links { get; } = new()
    {
        // The link inside the portal, whether it points at a folder, and the code expected.
        { "input/passwd.txt", false, "IBP5010" },
        { "input/outside.md", false, "IBP5010" },
        { "input/outside-folder", true, "IBP5010" },
        { "data/actuals.csv", false, "IBP5010" },
        { "theme/partials/footer.liquid", false, "IBP5010" },
        { "theme/layouts/page.liquid", false, "IBP5010" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_link_to_outside_the_portal_is_an_error_naming_it_and_nothing_of_the_target_is_read(string link, bool folder, string code)
    {
        using var outside = new TempFolder();
        var target = Path.Combine(outside.Path, folder ? "docs" : "secret.md");
        if (folder)
        {
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "leak.md"), $"---\ntitle: {Canary}\n---\n{Canary}\n");
        }
        else
        {
            File.WriteAllText(target, $"---\ntitle: {Canary}\n---\n{Canary},{Canary}\n");
        }

        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var before = site.OutputFiles().ToDictionary(f => f, site.File);
        var full = Path.Combine(site.Root, link);
        File.Delete(full);
        if (folder)
        {
            Directory.CreateSymbolicLink(full, target);
        }
        else
        {
            File.CreateSymbolicLink(full, target);
        }

        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith($"{link}: error {code}:", StringComparison.Ordinal));
        Assert.All(site.Messages, m => Assert.DoesNotContain(Canary, m, StringComparison.Ordinal));
        Assert.Equal(before, site.OutputFiles().ToDictionary(f => f, site.File));
    }

    [Fact]
    public void A_link_to_etc_passwd_is_refused_by_the_real_program_without_quoting_the_file()
    {
        if (!File.Exists("/etc/passwd"))
        {
            return;
        }

        using var site = SiteFixture.Create(ValidPortal.Text);
        File.Delete(Path.Combine(site.Root, "data", "actuals.csv"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "data", "actuals.csv"), "/etc/passwd");
        var result = IbpCli.Run("build", "--root", site.Root, "--no-search");
        Assert.Equal(1, result.Code);
        Assert.Contains("data/actuals.csv: error IBP5010:", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Err + result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("IBP2004", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_stays_inside_the_portal_is_followed()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + "\n-- shared/note.txt --\nShared note.\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "note.txt"), Path.Combine(site.Root, "shared", "note.txt"));
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Equal("Shared note.", site.File("note.txt").Trim());
    }

    [Fact]
    public void A_hard_linked_source_is_an_error_because_its_other_name_may_be_anywhere()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var outside = new TempFolder();
        using var site = SiteFixture.Create(ValidPortal.Text);
        var secret = Path.Combine(outside.Path, "secret.txt");
        File.WriteAllText(secret, Canary);
        Assert.True(Write.HardLink.TryCreate(secret, Path.Combine(site.Root, "input", "secret.txt")));
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/secret.txt: error IBP5011:", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(site.Output, "secret.txt")));
    }
}
