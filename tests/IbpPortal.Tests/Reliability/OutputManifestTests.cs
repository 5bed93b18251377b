using System.Text;
using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

/// <summary>The last build's manifest, read back: each line's path, key, size and time, whatever the line endings.</summary>
public class OutputManifestTests
{
    [Fact]
    public void Reads_every_well_formed_line_and_skips_the_rest()
    {
        const string key = "3f2a9c1b0d3f2a9c1b0d3f2a9c1b0d3f2a9c1b0d3f2a9c1b0d3f2a9c1b0d3f2a";
        var text = $"organisations/RR8/index.html\t{key}\t1234\t638000000000000000\r\n" +
                   $"organisations/RR8/charts/spc-ae_4hr-RR8.svg\t{key}\t99\t638000000000000001\n" +
                   "not a manifest line\n" +
                   $"too\tmany\tcells\t1\t2\n" +
                   $"bad-size.html\t{key}\tbig\t1\n" +
                   $"topics/café.html\tother\t7\t8";
        var published = new Dictionary<string, (string Key, long Length, long Modified)>(StringComparer.Ordinal);

        PreviousOutput.Read(Encoding.UTF8.GetBytes(text), published);

        Assert.Equal(["organisations/RR8/charts/spc-ae_4hr-RR8.svg", "organisations/RR8/index.html", "topics/café.html"], published.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((key, 1234L, 638000000000000000L), published["organisations/RR8/index.html"]);
        Assert.Equal((key, 99L, 638000000000000001L), published["organisations/RR8/charts/spc-ae_4hr-RR8.svg"]);
        Assert.Equal(("other", 7L, 8L), published["topics/café.html"]);
    }

    [Fact]
    public void A_page_and_its_drawings_share_one_key_string()
    {
        const string key = "aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11";
        var text = $"a/index.html\t{key}\t1\t1\na/charts/one.svg\t{key}\t2\t2\na/charts/two.svg\t{key}\t3\t3\n";
        var published = new Dictionary<string, (string Key, long Length, long Modified)>(StringComparer.Ordinal);

        PreviousOutput.Read(Encoding.UTF8.GetBytes(text), published);

        Assert.Equal(3, published.Count);
        Assert.Same(published["a/index.html"].Key, published["a/charts/two.svg"].Key);
    }
}
