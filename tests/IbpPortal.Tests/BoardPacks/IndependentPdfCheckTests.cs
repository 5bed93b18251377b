using System.Text.RegularExpressions;
using IbpPortal.Tests.Adoption;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>A whole pack read by tools that share no code with PDFsharp, Skia or PdfPig: qpdf and poppler's pdffonts.</summary>
/// <remarks>Both come from Debian (no package registry of the build has them): without them these tests are skipped, saying how to install them.</remarks>
public sealed partial class IndependentPdfCheckTests : IDisposable
{
    private const string PackPath = "board-packs/RAE/2019-02.pdf";

    private readonly SiteFixture _site = SiteFixture.Create(PackCompositionTests.Portal);

    public void Dispose() => _site.Dispose();

    [SkippableFact]
    public void Qpdf_finds_no_syntax_or_stream_error_in_a_pack()
    {
        var qpdf = SystemTool.Qpdf.Require();
        var pack = BuildPack();

        var check = CommandLine.Run(qpdf, ["--check", pack], _site.Root, TimeSpan.FromMinutes(1));

        // qpdf exits 0 when clean, 3 for warnings and 2 for errors.
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("No syntax or stream encoding errors found", check.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Pdffonts_lists_only_embedded_Liberation_Sans_subsets()
    {
        var pdffonts = SystemTool.PdfFonts.Require();
        var pack = BuildPack();

        var listed = CommandLine.Run(pdffonts, [pack], _site.Root, TimeSpan.FromMinutes(1));
        Assert.True(listed.ExitCode == 0, listed.ToString());

        // After the header and its dashes, a row per font: name, type, encoding, then emb, sub, uni and the object id.
        var rows = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SkipWhile(line => !line.StartsWith("---", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(SubsetName().IsMatch(row), $"not a Liberation Sans subset: {row}");
            Assert.True(cells[^5] == "yes" && cells[^4] == "yes", $"not embedded as a subset: {row}");
        }

        Assert.Contains(rows, row => row.Contains("Bold", StringComparison.Ordinal));
    }

    private string BuildPack()
    {
        Assert.True(_site.Build().Succeeded, string.Join('\n', _site.Messages));
        return Path.Combine(_site.Output, PackPath);
    }

    [GeneratedRegex(@"^[A-Z]{6}\+Liberation ?Sans")]
    private static partial Regex SubsetName();
}
