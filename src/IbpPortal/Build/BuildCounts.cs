namespace IbpPortal.Build;

/// <summary>What a build produced.</summary>
public sealed record BuildCounts(int Pages, int Files, int SearchPages, long Bytes)
{
    /// <summary>Nothing produced.</summary>
    public static BuildCounts None { get; } = new(0, 0, 0, 0);
}
