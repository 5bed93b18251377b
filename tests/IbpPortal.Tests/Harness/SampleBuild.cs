using IbpPortal.Build;

namespace IbpPortal.Tests.Harness;

/// <summary>The repository's sample portal, built once for all tests that read it (a public build and an internal one).</summary>
public sealed class SampleBuild : IDisposable
{
    public SampleBuild()
    {
        Folder = Path.Combine(Path.GetTempPath(), "ibp-sample-" + Guid.NewGuid().ToString("N")[..8]);
        Public = Run("public", @internal: false);
        Internal = Run("internal", @internal: true);
    }

    /// <summary>Where both builds live.</summary>
    public string Folder { get; }

    /// <summary>The public (Part I) build.</summary>
    public Built Public { get; }

    /// <summary>The internal (Part II) build.</summary>
    public Built Internal { get; }

    private Built Run(string name, bool @internal)
    {
        var output = Path.Combine(Folder, name);
        var result = BuildPipeline.Run(new BuildOptions
        {
            Root = RepoPaths.Root,
            Output = output,
            Internal = @internal,
            Search = true,
            CacheDir = Path.Combine(Folder, "cache-" + name),
        });
        return new Built(output, result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner.
        }
    }

    /// <summary>One build of the sample.</summary>
    public sealed record Built(string Output, BuildResult Result)
    {
        public IReadOnlyList<string> Files() =>
            [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

        public string Text(string relative) => File.ReadAllText(Path.Combine(Output, relative));

        /// <summary>The drawing a chart slot shows (its wide one, or its phone one), read from the file its page refers to.</summary>
        public System.Xml.Linq.XDocument Chart(AngleSharp.Dom.IElement figure, bool narrow = false) => ChartImages.Read(Output, figure, narrow);

        public AngleSharp.Dom.IDocument Page(string route) => SiteFixture.AsRead(SiteFixture.Parse(Text(route.Trim('/').Length == 0 ? "index.html" : route.Trim('/') + "/index.html")));
    }
}

[CollectionDefinition(Name)]
public sealed class SamplePortalGroup : ICollectionFixture<SampleBuild>
{
    public const string Name = "sample portal";
}
