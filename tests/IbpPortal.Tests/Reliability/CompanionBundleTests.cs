using IbpPortal.Tests.Harness;
using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

/// <summary>A cached page's drawings kept in one file: read back whole, or not at all.</summary>
public class CompanionBundleTests
{
    private static readonly (string Path, byte[] Bytes)[] Files =
    [
        ("organisations/RAE/charts/spc-a.svg", "<svg>a</svg>"u8.ToArray()),
        ("organisations/RAE/charts/spc-é.svg", []),
        ("organisations/RAE/charts/spc-b-narrow.svg", Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray()),
    ];

    [Fact]
    public void The_files_come_back_with_their_paths_and_bytes_in_order()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bundle");
        CompanionBundle.Write(path, Files);

        var read = CompanionBundle.Read(path);

        Assert.NotNull(read);
        Assert.Equal(Files.Select(f => f.Path), read.Select(f => f.Path));
        Assert.Equal(Files.Select(f => f.Bytes), read.Select(f => f.Bytes));
    }

    [Fact]
    public void A_bundle_cut_short_or_with_bytes_after_it_reads_as_none()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bundle");
        CompanionBundle.Write(path, Files);
        var whole = File.ReadAllBytes(path);

        File.WriteAllBytes(path, whole[..^10]);
        Assert.Null(CompanionBundle.Read(path));
        File.WriteAllBytes(path, [.. whole, 0]);
        Assert.Null(CompanionBundle.Read(path));
    }

    [Fact]
    public void A_list_of_paths_as_an_earlier_version_kept_reads_as_none()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bundle");
        File.WriteAllLines(path, ["organisations/RAE/charts/spc-a.svg", "organisations/RAE/charts/spc-b.svg"]);

        Assert.Null(CompanionBundle.Read(path));
    }
}
