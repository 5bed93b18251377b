using System.Text.RegularExpressions;
using IbpPortal.BrowserTests.Harness;

namespace IbpPortal.BrowserTests;

/// <summary>The accessibility statement gives the contact address that <c>portal.yml</c> declares, and no other.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class AccessibilityStatementTests(PortalFixture portal)
{
    [Fact]
    public async Task Statement_gives_the_contact_email_from_portal_yml()
    {
        var declared = ContactEmail().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "portal.yml")));
        Assert.True(declared.Success, "portal.yml declares no contact_email");

        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/accessibility/");
        var addresses = await session.Page.Locator("main a[href^='mailto:']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.True(addresses.Length >= 2, "the statement should give its contact address for other formats and for reporting problems");
        Assert.All(addresses, a => Assert.Equal("mailto:" + declared.Groups[1].Value.Trim(), a));
    }

    [GeneratedRegex(@"^contact_email:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ContactEmail();
}
