using IbpPortal.Tests.Adoption;
using IbpPortal.Tests.BoardPacks;
using IbpPortal.Tests.Harness;
using UglyToad.PdfPig;

namespace IbpPortal.Tests.Fonts;

/// <summary>
/// Charts and board packs use only the Liberation Sans shipped inside the library: a build on a machine where no
/// system font can be found gives the same bytes as a build on a machine with fonts.
/// </summary>
public sealed class FontIndependenceTests : IDisposable
{
    private const string PackPath = "board-packs/RAE/2019-02.pdf";

    private readonly SiteFixture _site = SiteFixture.Create(PackCompositionTests.Portal);

    public void Dispose() => _site.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public void A_build_that_can_find_no_system_font_gives_byte_identical_packs_and_pages()
    {
        // fontconfig reads only FONTCONFIG_FILE when it is set; this one names no font folder, so Skia (which asks
        // fontconfig on Linux) finds no font at all, and PDFsharp has no system lookup of its own any more.
        var noFonts = Directory.CreateDirectory(Path.Combine(_site.Root, "no-fonts")).FullName;
        var config = Path.Combine(noFonts, "fonts.conf");
        File.WriteAllText(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n");
        var hidden = new Dictionary<string, string>
        {
            ["FONTCONFIG_FILE"] = config,
            ["FONTCONFIG_PATH"] = noFonts,
            ["XDG_DATA_HOME"] = noFonts,
            ["XDG_CACHE_HOME"] = noFonts,
        };
        AssertFontconfigListsNothing(hidden);

        var normal = Build("normal", []);
        var fontless = Build("fontless", hidden);

        var files = Files(normal);
        Assert.Contains(PackPath, files);
        Assert.Contains(files, f => f.Contains("/charts/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal) && File.ReadAllText(Path.Combine(normal, f)).Contains("<text", StringComparison.Ordinal));
        Assert.Equal(files, Files(fontless));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(normal, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fontless, file))),
                $"{file} differs between a build with the machine's fonts and one with none");
        }
    }

    [Fact]
    public void Every_letter_of_a_pack_is_set_in_an_embedded_Liberation_Sans_subset()
    {
        // This machine need not have Liberation Sans installed (CI installs no fonts): the faces come from the library.
        Assert.True(_site.Build().Succeeded, string.Join('\n', _site.Messages));
        using var pdf = PdfDocument.Open(Path.Combine(_site.Output, PackPath));
        var fonts = pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.FontName ?? "").Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(fonts);
        // A subset's name is six capital letters and a plus before the font's own name: PDFsharp writes
        // "Liberation Sans,Bold" for the text, Skia "LiberationSans" inside the charts.
        Assert.All(fonts, name => Assert.Matches(@"^[A-Z]{6}\+Liberation ?Sans([,-](Bold|Italic|BoldItalic))?$", name));
        Assert.Contains(fonts, name => name.EndsWith("+Liberation Sans,Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, name => name.EndsWith("+Liberation Sans", StringComparison.Ordinal));
        Assert.Contains(fonts, name => name.EndsWith("+LiberationSans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chart_names_Liberation_Sans_first_and_then_faces_with_its_metrics()
    {
        Assert.True(_site.Build().Succeeded, string.Join('\n', _site.Messages));
        var page = _site.Page("/organisations/RAE/");
        // The drawings are images of their own, so they cannot use the page's fonts: each names the faces it needs.
        var texts = page.QuerySelectorAll("figure.ibp-chart").SelectMany(f => _site.Chart(f).Descendants(ChartImages.Svg + "text")).ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.StartsWith("'Liberation Sans', Arial", (string?)text.Attribute("font-family") ?? "", StringComparison.Ordinal));
    }

    private string Build(string name, Dictionary<string, string> environment)
    {
        var output = Path.Combine(_site.Root, "out-" + name);
        environment["LOCALAPPDATA"] = RepoPaths.SharedCache;
        if (!environment.ContainsKey("XDG_DATA_HOME"))
        {
            environment["XDG_DATA_HOME"] = RepoPaths.SharedCache;
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "ibp.dll");
        var run = CommandLine.Run("dotnet", [cli, "build", "--root", _site.Root, "--output", output, "--no-search", "--clean", "--quiet"],
            _site.Root, TimeSpan.FromMinutes(4), environment);
        Assert.True(run.ExitCode == 0, run.ToString());
        return output;
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static void AssertFontconfigListsNothing(IReadOnlyDictionary<string, string> environment)
    {
        // Where fontconfig's own tool is installed, it shows the hiding works: it lists no font at all.
        var fcList = new[] { "/usr/bin/fc-list", "/usr/local/bin/fc-list" }.FirstOrDefault(File.Exists);
        if (fcList is null)
        {
            return;
        }

        var listed = CommandLine.Run(fcList, [], Path.GetTempPath(), TimeSpan.FromSeconds(30), environment);
        Assert.True(listed.ExitCode == 0 && listed.Output.Trim().Length == 0, "fc-list still finds fonts: " + listed);
    }
}
