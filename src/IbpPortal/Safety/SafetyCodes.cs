namespace IbpPortal.Safety;

/// <summary>Diagnostic codes of the build's own safety rules: where it may write, who may write, which files it may read.</summary>
public static class SafetyCodes
{
    /// <summary>The output folder is, contains or lies inside the portal's sources, its cache or a git work tree's root.</summary>
    public const string UnsafeOutput = "IBP5001";

    /// <summary>The output path names a file, not a folder.</summary>
    public const string OutputIsFile = "IBP5002";

    /// <summary>The output folder holds files but is not a site that ibp built.</summary>
    public const string ForeignOutput = "IBP5003";

    /// <summary>Another build or preview holds the output folder's lock.</summary>
    public const string OutputLocked = "IBP5004";

    /// <summary>Writing the site failed (permissions, a full disk, a vanished folder).</summary>
    public const string WriteFailed = "IBP5005";

    /// <summary>A source file or folder is a symbolic link to something outside the portal's folder.</summary>
    public const string LinkOutsideRoot = "IBP5010";

    /// <summary>A source file has more than one name (a hard link), so where it really lives cannot be told.</summary>
    public const string HardLinkedSource = "IBP5011";
}
