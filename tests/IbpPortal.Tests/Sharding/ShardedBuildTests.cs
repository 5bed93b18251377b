using System.Text.Json;
using System.Text.Json.Nodes;
using IbpPortal.Build;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sharding;

/// <summary>
/// Issue 23 item 5: <c>ibp build --shard K/N</c> renders a share of the units into a shard folder, and <c>ibp merge</c> of
/// all N gives the very site one build gives; shards that do not belong together are refused and output/ is left alone.
/// </summary>
public sealed class ShardedBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Three_shards_merged_are_byte_identical_to_one_build_of_the_sample()
    {
        var whole = Build(Path.Combine(_temp.Path, "whole"), shard: null);
        Assert.True(whole.Succeeded, string.Join('\n', whole.Diagnostics));

        var shards = Enumerable.Range(1, 3).Select(k => Path.Combine(_temp.Path, $"shard-{k}")).ToList();
        for (var k = 1; k <= 3; k++)
        {
            var built = Build(shards[k - 1], new ShardSpec(k, 3));
            Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        }

        // Each shard holds a part: no unit twice, every organisation's page with its own pack, none of the listings.
        var manifests = shards.Select(Manifest).ToList();
        var groups = manifests.SelectMany(m => m.Units.Select(u => u.Group)).ToList();
        Assert.Equal(groups.Count, groups.Distinct(StringComparer.Ordinal).Count());
        Assert.All(manifests, m => Assert.Contains(m.Units, u => u.Group.StartsWith("organisation:", StringComparison.Ordinal)));
        Assert.All(shards, s => Assert.False(File.Exists(Path.Combine(s, "site", "board-packs", "index.html"))));

        var merged = BuildPipeline.Merge([.. shards.AsEnumerable().Reverse()], Options(Path.Combine(_temp.Path, "merged"), null));
        Assert.True(merged.Succeeded, string.Join('\n', merged.Diagnostics));

        var expected = IbpCli.Tree(Path.Combine(_temp.Path, "whole"));
        var actual = IbpCli.Tree(Path.Combine(_temp.Path, "merged"));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Empty(expected.Where(f => actual[f.Key] != f.Value).Select(f => f.Key));
        Assert.Equal(whole.Counts with { SearchPages = 0 }, merged.Counts with { SearchPages = 0 });
    }

    [Fact]
    public void A_missing_shard_folder_and_a_folder_that_is_no_shard_are_refused()
    {
        var output = OldSite();
        var plain = Directory.CreateDirectory(Path.Combine(_temp.Path, "plain")).FullName;

        var result = BuildPipeline.Merge([Path.Combine(_temp.Path, "nowhere"), plain], Options(output, null));

        Assert.False(result.Succeeded);
        Assert.Equal(["IBP5021", "IBP5021"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("does not exist", result.Diagnostics[0].ToString() + result.Diagnostics[1], StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Shards_must_be_all_n_each_once()
    {
        var output = OldSite();
        var one = FakeShard("a", 1, 3);
        var oneAgain = FakeShard("b", 1, 3);
        var ofFour = FakeShard("c", 2, 4);

        var twice = BuildPipeline.Merge([one, oneAgain], Options(output, null));
        var missing = BuildPipeline.Merge([one], Options(output, null));
        var mixed = BuildPipeline.Merge([one, ofFour], Options(output, null));

        Assert.Contains(twice.Diagnostics, d => d.Code == "IBP5024" && d.Message.Contains("shard 1 of 3 is given twice", StringComparison.Ordinal));
        Assert.Contains(missing.Diagnostics, d => d.Code == "IBP5024" && d.Message.Contains("shards 2, 3 of 3 are missing", StringComparison.Ordinal));
        Assert.Contains(mixed.Diagnostics, d => d.Code == "IBP5024" && d.Message.Contains("2 of 4", StringComparison.Ordinal));
        Assert.All([twice, missing, mixed], r => Assert.False(r.Succeeded));
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Shards_of_other_sources_another_program_or_other_options_are_refused()
    {
        var output = OldSite();
        var otherProgram = FakeShard("p", 1, 2, m => m["program"] = "0.0.1 (build 00000000-0000-0000-0000-000000000000)");
        var otherOptions = FakeShard("o", 2, 2, m => m["options"] = "internal=True;drafts=False;search=False;packs=settings");
        var otherSources = FakeShard("s", 2, 2, m => m["sources"] = "0123");

        var program = BuildPipeline.Merge([otherProgram, FakeShard("q", 2, 2)], Options(output, null));
        var options = BuildPipeline.Merge([FakeShard("r", 1, 2), otherOptions], Options(output, null));
        var sources = BuildPipeline.Merge([FakeShard("t", 1, 2), otherSources], Options(output, null));
        var notThisPortal = BuildPipeline.Merge([FakeShard("u", 1, 2), FakeShard("v", 2, 2)], Options(output, null));

        Assert.Contains(program.Diagnostics, d => d.Code == "IBP5023" && d.Message.Contains("0.0.1", StringComparison.Ordinal));
        Assert.Contains(options.Diagnostics, d => d.Code == "IBP5023" && d.Message.Contains("internal=True", StringComparison.Ordinal));
        Assert.Contains(sources.Diagnostics, d => d.Code == "IBP5022");
        Assert.Equal(["IBP5022"], notThisPortal.Diagnostics.Select(d => d.Code)); // the sample's sources are not "0123"
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_malformed_shard_is_a_usage_error_with_its_code()
    {
        var (code, _, err) = IbpCli.Run("build", "--root", RepoPaths.Root, "--shard", "5/4", "--output", Path.Combine(_temp.Path, "s"));

        Assert.Equal(2, code);
        Assert.Contains("--shard: error IBP5020: '5/4' is not a shard", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "s")));
    }

    public void Dispose() => _temp.Dispose();

    private BuildResult Build(string output, ShardSpec? shard) => BuildPipeline.Run(Options(output, shard));

    private BuildOptions Options(string output, ShardSpec? shard) => new()
    {
        Root = RepoPaths.Root,
        Output = output,
        Search = false,
        Clean = true,
        Shard = shard,
        CacheDir = Path.Combine(_temp.Path, "cache-" + Path.GetFileName(output)),
    };

    private static ShardManifest Manifest(string folder) =>
        ShardManifest.Read(folder, out var problem) ?? throw new InvalidOperationException(problem);

    /// <summary>A published site that a refused merge must leave as it is.</summary>
    private string OldSite()
    {
        var output = Directory.CreateDirectory(Path.Combine(_temp.Path, "output")).FullName;
        File.WriteAllText(Path.Combine(output, "index.html"), "old");
        return output;
    }

    /// <summary>A shard folder with a manifest of this program and no units, edited by <paramref name="edit"/>.</summary>
    private string FakeShard(string name, int shard, int count, Action<JsonObject>? edit = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, name, ShardManifest.SiteFolder)).Parent!.FullName;
        new ShardManifest(ShardManifest.CurrentFormat, ShardManifest.CurrentProgram, "0123", "internal=False;drafts=False;search=False;packs=settings",
            false, false, false, null, shard, count, [], new Dictionary<string, IReadOnlyList<string>>()).Write(folder);
        var path = Path.Combine(folder, ShardManifest.FileName);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit?.Invoke(json);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions()));
        return folder;
    }
}
