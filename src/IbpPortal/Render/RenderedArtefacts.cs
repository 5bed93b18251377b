namespace IbpPortal.Render;

/// <summary>Every file the render units made, by output path: what listing pages (the board packs page) show, rendered after the units.</summary>
public sealed class RenderedArtefacts
{
    private readonly Dictionary<string, RenderedFile> _files;

    /// <summary>The files of <paramref name="units"/>.</summary>
    public RenderedArtefacts(IEnumerable<UnitResult> units) =>
        _files = units.SelectMany(u => u.Files).ToDictionary(f => f.OutputPath, StringComparer.Ordinal);

    /// <summary>No file rendered (a listing rendered on its own, in tests).</summary>
    public static RenderedArtefacts None { get; } = new([]);

    /// <summary>The rendered file at <paramref name="outputPath"/>, or null when none was written.</summary>
    public RenderedFile? Find(string outputPath) => _files.GetValueOrDefault(outputPath);
}
