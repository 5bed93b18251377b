using System.Text.RegularExpressions;

namespace IbpPortal.Tests.Conventions;

/// <summary>Issue #17: layouts get typed view models. The folders that plan pages build no anonymous objects, so a layout's
/// model is a record whose members the compiler knows, except where named here while they wait to be converted.</summary>
public sealed partial class ViewModelConventionTests
{
    // Folders of src/IbpPortal whose code builds the models layouts render.
    private static readonly string[] PagePlanners = ["Sections/", "PlanSite/", "Editions/", "Provenance/", "Coherence/", "BoardPacks/"];

    // Files allowed with the reason; a file that no longer needs its entry must leave the list.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void No_anonymous_object_is_built_where_pages_are_planned()
    {
        var offences = Offences().Where(o => !Allowed.ContainsKey(o.File.Path)).Select(o => o.File.Offence(o.Line)).ToList();

        Assert.True(offences.Count == 0,
            "Anonymous objects where pages are planned (give the layout a sealed record beside the others in the section's folder):\n" +
            string.Join("\n", offences));
    }

    [Fact]
    public void Every_allowance_is_still_needed()
    {
        var used = Offences().Select(o => o.File.Path).ToHashSet(StringComparer.Ordinal);
        var stale = Allowed.Keys.Where(key => !used.Contains(key)).ToList();

        Assert.True(stale.Count == 0, "These allowances are no longer needed; remove them from ViewModelConventionTests.Allowed:\n" + string.Join("\n", stale));
    }

    [Theory]
    [InlineData("Model = ctx => new { Period = period },", 1)]
    [InlineData("return new\n{\n    org.Name,\n};", 1)]
    [InlineData("Rows = rows.Select(r => new { r.Code }).ToList(), Cells = new[] { 1, 2 },", 1)]
    [InlineData("var view = new OrganisationLinkView(org.Name, org.Code, url);", 0)]
    [InlineData("var list = new List<int> { 1, 2 };", 0)]
    [InlineData("Model = ctx => new SearchView(url, terms),", 0)]
    [InlineData("var page = new PlannedPage\n{\n    Route = route,\n};", 0)]
    [InlineData("var options = new() { MaxRecursion = 20 };", 0)]
    public void Pattern_finds_anonymous_objects_only(string code, int found) =>
        Assert.Equal(found, Lines(SourceFile.Of("src/IbpPortal/Sections/Sample.cs", code)).Count());

    private static IEnumerable<(SourceFile File, int Line)> Offences() =>
        SourceFile.Product
            .Where(f => f.Project == "IbpPortal" && PagePlanners.Any(p => f.InProject.StartsWith(p, StringComparison.Ordinal)))
            .SelectMany(f => Lines(f).Select(line => (File: f, Line: line)));

    /// <summary>The one-based line of each <c>new {</c>, the brace on the same line or the next.</summary>
    private static IEnumerable<int> Lines(SourceFile file)
    {
        var code = string.Join('\n', file.Code);
        return AnonymousObject().Matches(code).Select(m => code.AsSpan(0, m.Index).Count('\n') + 1);
    }

    [GeneratedRegex(@"\bnew\s*\{")]
    private static partial Regex AnonymousObject();
}
