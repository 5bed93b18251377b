using System.Security.Cryptography;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Sample;
using IbpPortal.Validate.Data;

namespace IbpPortal.Tests.Sample;

public sealed class SampleGeneratorTests : IDisposable
{
    private readonly List<string> _folders = [];

    [Fact]
    public void Generated_data_loads_and_validates_without_errors_or_warnings()
    {
        var root = Generate(seed: 7);
        var diagnostics = new DiagnosticBag();
        var data = PlanDataLoader.Load(root, diagnostics);
        PlanDataValidator.Validate(data, diagnostics);

        Assert.True(diagnostics.Sorted().Count == 0, "expected no diagnostics, got:\n" + string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(3, data.Scenarios.Count);
    }

    [Fact]
    public void Requested_counts_of_organisations_metrics_months_and_pages_are_met()
    {
        var root = Generate(seed: 3, pages: 4);
        var diagnostics = new DiagnosticBag();
        var data = PlanDataLoader.Load(root, diagnostics);

        Assert.Equal(2, data.Organisations.Count(o => o.Type == OrgType.Icb));
        Assert.Equal(6, data.Organisations.Count(o => o.Type == OrgType.Trust));
        Assert.Equal(5, data.Metrics.Count);
        Assert.Equal(14, data.Actuals.Select(a => a.Period).Distinct().Count());
        Assert.Equal(14, data.Plans.Select(a => a.Period).Distinct().Count());
        Assert.DoesNotContain(data.Actuals, a => a.Org.StartsWith('Q'));
        var nonRatio = data.Metrics.Count(m => !m.IsRatio);
        Assert.Equal(6 * nonRatio * 14, data.Actuals.Count);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories).Length - 1);
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        var first = Hash(Generate(seed: 11, pages: 3));
        var second = Hash(Generate(seed: 11, pages: 3));
        var other = Hash(Generate(seed: 12, pages: 3));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Forty_metrics_cover_every_domain_at_least_six_times_with_ratio_percent_and_capacity_metrics()
    {
        var root = Generate(seed: 1, metrics: 40, icbs: 1, trusts: 1, months: 13);
        var metrics = PlanDataLoader.Load(root, new DiagnosticBag()).Metrics;

        Assert.All(Enum.GetValues<Domain>(), d => Assert.True(metrics.Count(m => m.Domain == d) >= 6, $"{d} has fewer than 6 metrics"));
        Assert.Contains(metrics, m => m.IsRatio);
        Assert.Contains(metrics, m => m.Unit == Unit.Percent && m.Target is not null);
        Assert.Contains(metrics, m => m.Unit == Unit.Count && m.Aggregate == AggregateRule.Sum);
        Assert.Contains(metrics, m => m.MeetsDemand is not null);
    }

    [Fact]
    public void No_icbs_writes_a_content_only_portal_without_data()
    {
        var root = Generate(seed: 1, icbs: 0, pages: 2);

        Assert.False(Directory.Exists(Path.Combine(root, "data")));
        Assert.True(File.Exists(Path.Combine(root, "input", "index.md")));
        Assert.DoesNotContain("reporting_period", File.ReadAllText(Path.Combine(root, "portal.yml")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Generate(int seed, int pages = 0, int metrics = 5, int icbs = 2, int trusts = 3, int months = 14)
    {
        var root = Path.Combine(Path.GetTempPath(), "ibp-sample-" + Guid.NewGuid().ToString("N"));
        _folders.Add(root);
        SampleGenerator.Generate(new SampleOptions
        {
            Icbs = icbs,
            TrustsPerIcb = trusts,
            Metrics = metrics,
            Months = months,
            Pages = pages,
            Seed = seed,
            Output = root,
        });
        return root;
    }

    private static string Hash(string root)
    {
        using var sha = SHA256.Create();
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file));
            sha.TransformBlock(name, 0, name.Length, null, 0);
            var bytes = File.ReadAllBytes(file);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!);
    }
}
