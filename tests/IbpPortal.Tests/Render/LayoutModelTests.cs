using IbpPortal.Diagnostics;
using IbpPortal.Tests.Harness;
using IbpPortal.Theme;

namespace IbpPortal.Tests.Render;

/// <summary>Issue #17: a layout that refers to a member its view model lacks renders nothing there; the tests catch it instead of a browser.</summary>
public sealed class LayoutModelTests
{
    [Fact]
    public void A_misspelt_model_member_is_recorded_and_a_member_that_is_null_is_not()
    {
        using var portal = new TempFolder();
        Directory.CreateDirectory(Path.Combine(portal.Path, "theme", "layouts"));
        File.WriteAllText(Path.Combine(portal.Path, "theme", "layouts", "probe.liquid"),
            "{{ model.title }}|{{ model.titel }}|{% if model.note %}{{ model.note }}{% endif %}|{% for row in model.rows %}{{ row.name }}{{ row.nmae }}{% endfor %}");
        var diagnostics = new DiagnosticBag();
        var engine = TemplateEngine.Load(portal.Path, new ThemeFiles(portal.Path), diagnostics);

        var html = engine.Render("probe", new Dictionary<string, object?> { ["model"] = new Probe("Beds", null, [new ProbeRow("RR8")]) },
            SourceLocation.File("probe"), diagnostics);

        Assert.Equal("Beds|||RR8", html);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["theme/layouts/probe.liquid: nmae", "theme/layouts/probe.liquid: titel"], engine.UndefinedNames);
    }

    private sealed record Probe(string Title, string? Note, IReadOnlyList<ProbeRow> Rows);

    private sealed record ProbeRow(string Name);
}

/// <summary>Every page of the sample, public and internal, renders with layouts that use only what their typed view models have.</summary>
[Collection(SamplePortalGroup.Name)]
public sealed class SampleLayoutModelTests(SampleBuild sample)
{
    // Parameters a partial takes only from some callers; left out, they are meant to be empty. Fluid names the last segment
    // only, so these are allowed as "partial: name" and never as a layout's model member.
    private static readonly HashSet<string> OptionalPartialParameters = new(StringComparer.Ordinal)
    {
        "short",          // partials/illustrative.liquid: the short wording, for a table cell
        "references_url", // partials/reference.liquid: the bibliography link, left out on the bibliography itself
    };

    [Fact]
    public void No_layout_of_the_sample_refers_to_a_member_its_view_model_lacks()
    {
        var missing = sample.Public.Result.UndefinedNames.Concat(sample.Internal.Result.UndefinedNames)
            .Where(n => !OptionalPartialParameters.Contains(n[(n.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(sample.Public.Result.Succeeded && sample.Internal.Result.Succeeded, "the sample did not build");
        Assert.True(missing.Count == 0, "These layouts use names their pages' models do not have (rename the member or the reference):\n" + string.Join("\n", missing));
    }
}
