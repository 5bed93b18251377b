using Microsoft.Extensions.FileProviders;

namespace IbpPortal.Theme;

/// <summary>A theme partial as Fluid's file provider sees it: read once, then served from memory.</summary>
/// <remarks>
/// Fluid reads a partial with <c>ReadToEndAsync</c>. From a file that really is asynchronous, and the page render,
/// which waits for it synchronously, then blocks a thread-pool thread while the parallel render starves the pool
/// (measured: two thirds of the organisation pages' render time was spent waiting). A memory stream completes
/// at once, so rendering never leaves the calling thread.
/// </remarks>
internal sealed class ThemeFileInfo : IFileInfo
{
    private readonly byte[] _content;

    public ThemeFileInfo(string path)
    {
        var file = new FileInfo(path);
        _content = File.ReadAllBytes(path);
        LastModified = file.LastWriteTimeUtc;
        Name = file.Name;
        PhysicalPath = file.FullName;
    }

    public bool Exists => true;

    public bool IsDirectory => false;

    public DateTimeOffset LastModified { get; }

    public long Length => _content.Length;

    public string Name { get; }

    public string PhysicalPath { get; }

    public Stream CreateReadStream() => new MemoryStream(_content, writable: false);
}
