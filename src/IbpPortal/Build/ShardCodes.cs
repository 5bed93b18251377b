namespace IbpPortal.Build;

/// <summary>Diagnostic codes of sharded builds: <c>ibp build --shard K/N</c> and <c>ibp merge</c>.</summary>
public static class ShardCodes
{
    /// <summary><c>--shard</c> is not K/N with whole numbers 1 ≤ K ≤ N.</summary>
    public const string BadShard = "IBP5020";

    /// <summary>A folder given to <c>ibp merge</c> is missing, or holds no readable shard manifest.</summary>
    public const string NotAShard = "IBP5021";

    /// <summary>The shards were built from other sources than the portal being merged, or from each other's.</summary>
    public const string OtherSources = "IBP5022";

    /// <summary>The shards were built by another version of the program, or with other build options, than each other.</summary>
    public const string OtherProgram = "IBP5023";

    /// <summary>The shards are not N shards of one split, each present once.</summary>
    public const string IncompleteShards = "IBP5024";
}
