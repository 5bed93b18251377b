using System.Runtime.InteropServices;

namespace IbpPortal.Safety;

/// <summary>How many names (hard links) a file has; .NET has no API for it, so Linux is asked directly with <c>statx</c>.</summary>
internal static partial class LinkCount
{
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxNlink = 0x4;
    private const int NlinkOffset = 16;

    /// <summary>The file's number of names, or null where the platform cannot tell (not Linux, or an old C library).</summary>
    public static int? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            return Statx(AtCurrentFolder, path, AtSymlinkNoFollow, StatxNlink, buffer) == 0
                ? BitConverter.ToInt32(buffer, NlinkOffset)
                : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);
}
