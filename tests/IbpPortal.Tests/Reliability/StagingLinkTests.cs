using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

/// <summary>A staged path that is a hard link to the previous output's file is replaced, never written through: writing
/// through the link would change the published site (and the cache) before the new build is published, or if it fails.</summary>
public sealed class StagingLinkTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibp-staging-link-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string> Writers => ["bytes", "text", "stream"];

    [Theory]
    [MemberData(nameof(Writers))]
    public void Writing_a_linked_path_leaves_the_linked_file_unchanged(string writer)
    {
        var published = Path.Combine(_root, "output", "page.html");
        Directory.CreateDirectory(Path.GetDirectoryName(published)!);
        File.WriteAllText(published, "the published page");
        var sink = new StagingSink(Path.Combine(_root, "staging"));
        Assert.True(sink.TryLink("page.html", published, new FileInfo(published).Length));

        WriteNewPage(sink, writer);

        Assert.Equal("the published page", File.ReadAllText(published));
        Assert.Equal("the new page", File.ReadAllText(Path.Combine(_root, "staging", "page.html")));
        Assert.Equal(12, sink.SizeOf("page.html"));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_kept_path_that_is_then_written_is_staged_and_the_published_file_unchanged(string writer)
    {
        var published = Path.Combine(_root, "output", "page.html");
        Directory.CreateDirectory(Path.GetDirectoryName(published)!);
        File.WriteAllText(published, "the published page");
        var sink = new StagingSink(Path.Combine(_root, "staging"), keepLinks: true);
        Assert.True(sink.TryLink("page.html", published, new FileInfo(published).Length));
        Assert.Equal(["page.html"], sink.Kept.Keys);
        Assert.Empty(sink.Staged);
        Assert.False(File.Exists(Path.Combine(_root, "staging", "page.html")));

        WriteNewPage(sink, writer);

        Assert.Empty(sink.Kept);
        Assert.Equal(["page.html"], sink.Staged);
        Assert.Equal("the published page", File.ReadAllText(published));
        Assert.Equal("the new page", File.ReadAllText(Path.Combine(_root, "staging", "page.html")));
    }

    [Fact]
    public void Kept_files_are_linked_into_the_staging_folder_when_the_whole_folder_is_published()
    {
        var published = Path.Combine(_root, "output", "data", "file.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(published)!);
        File.WriteAllText(published, "a,b\n");
        var sink = new StagingSink(Path.Combine(_root, "staging"), keepLinks: true);
        Assert.True(sink.TryLink("data/file.csv", published, new FileInfo(published).Length));

        sink.LinkKept();

        Assert.Empty(sink.Kept);
        Assert.Equal("a,b\n", File.ReadAllText(Path.Combine(_root, "staging", "data", "file.csv")));
        Assert.Equal(["data/file.csv"], sink.Paths);
    }

    /// <summary>Writes "the new page" to page.html through the named writer: bytes, text or a stream.</summary>
    private static void WriteNewPage(StagingSink sink, string writer)
    {
        switch (writer)
        {
            case "bytes":
                sink.Write("page.html", "the new page"u8);
                break;
            case "text":
                sink.WriteText("page.html", "the new page");
                break;
            default:
                sink.Write("page.html", stream => stream.Write("the new page"u8));
                break;
        }
    }
}
