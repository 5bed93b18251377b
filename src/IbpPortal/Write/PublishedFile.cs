namespace IbpPortal.Write;

/// <summary>A file of the published site as the file system describes it: its path relative to the output folder (with
/// <c>/</c> or the system's separator), its size in bytes and its last write time in ticks (UTC).</summary>
public readonly record struct PublishedFile(string Path, long Length, long Modified);
