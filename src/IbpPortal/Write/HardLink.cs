using System.Runtime.InteropServices;

namespace IbpPortal.Write;

/// <summary>Creates hard links (a second name for the same file): .NET has no API for them, so the operating system is asked directly.</summary>
internal static partial class HardLink
{
    /// <summary>Gives <paramref name="existing"/> the additional name <paramref name="link"/>; false when the file system or platform cannot.</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(link, existing, IntPtr.Zero)
                : LinkUnix(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LinkUnix(string existing, string link);

    [LibraryImport("kernel32.dll", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
