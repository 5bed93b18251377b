namespace IbpPortal.Safety;

/// <summary>Says in plain words why writing a file failed, naming the path the operating system gave.</summary>
internal static class WriteFailure
{
    private const int DiskFullUnix = 28;
    private const int DiskFullWindows = 112;
    private const int ReadOnlyFileSystemUnix = 30;

    /// <summary>The cause of <paramref name="failure"/>: a full disk, a read-only or forbidden folder, or the system's message.</summary>
    public static string Cause(Exception failure)
    {
        var code = failure.HResult & 0xFFFF;
        var system = failure.Message.TrimEnd('.');
        return failure switch
        {
            UnauthorizedAccessException => "permission denied: " + system,
            IOException when code is DiskFullUnix or DiskFullWindows || system.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "the disk is full: " + system,
            IOException when code is ReadOnlyFileSystemUnix || system.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "the file system is read-only: " + system,
            _ => system,
        };
    }
}
