using System.Text;
using IbpPortal.BrowserTests.Harness;

namespace IbpPortal.BrowserTests;

/// <summary>axe-core finds no WCAG 2.0, 2.1 or 2.2 A or AA failures on any page kind, wide or narrow.</summary>
[Collection(SharedPortal.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_has_no_axe_violations_at_desktop_width(string kind, string path) =>
        AssertNoViolations(await portal.ObserveAsync(kind, path, PageKinds.Desktop));

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_has_no_axe_violations_on_a_phone(string kind, string path) =>
        AssertNoViolations(await portal.ObserveAsync(kind, path, PageKinds.Phone));

    private static void AssertNoViolations(PageObservation seen)
    {
        var text = new StringBuilder($"axe found {seen.Violations.Count} violation(s) on {seen.Where}:\n");
        foreach (var violation in seen.Violations)
        {
            text.Append($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}\n");
            foreach (var node in violation.Nodes.Take(5))
            {
                var why = string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message));
                text.Append($"    at {node.Target}: {why}\n      {node.Html}\n");
            }
        }

        Assert.True(seen.Violations.Count == 0, text.ToString());
    }
}
