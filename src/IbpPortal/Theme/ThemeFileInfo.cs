using Microsoft.Extensions.FileProviders;

namespace IbpPortal.Theme;

/// <summary>A theme file as Fluid's file provider sees it.</summary>
internal sealed class ThemeFileInfo(FileInfo file) : IFileInfo
{
    public bool Exists => file.Exists;

    public bool IsDirectory => false;

    public DateTimeOffset LastModified => file.LastWriteTimeUtc;

    public long Length => file.Length;

    public string Name => file.Name;

    public string PhysicalPath => file.FullName;

    public Stream CreateReadStream() => file.OpenRead();
}
