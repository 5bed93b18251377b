using System.Globalization;

namespace IbpPortal.Build;

/// <summary>Which part of a sharded build this is: shard <see cref="Index"/> of <see cref="Count"/>, counted from 1.</summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The most shards a build may be split into.</summary>
    public const int MaxCount = 1000;

    /// <summary>Reads <c>K/N</c>; null, with <paramref name="problem"/> saying why, when it is not 1 ≤ K ≤ N ≤ <see cref="MaxCount"/>.</summary>
    public static ShardSpec? Parse(string text, out string problem)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryCount(parts[0], out var index) || !TryCount(parts[1], out var count))
        {
            problem = $"'{text}' is not a shard: give K/N, the shard's number and how many there are, such as 2/4";
            return null;
        }

        if (count > MaxCount || index > count)
        {
            problem = $"'{text}' is not a shard: K must lie between 1 and N, and N at most {MaxCount}";
            return null;
        }

        problem = string.Empty;
        return new ShardSpec(index, count);
    }

    /// <summary>The form users write, K/N.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static bool TryCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
}
