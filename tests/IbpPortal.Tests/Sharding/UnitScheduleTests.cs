using IbpPortal.Build;
using IbpPortal.PlanSite;
using IbpPortal.Render;

namespace IbpPortal.Tests.Sharding;

/// <summary>Issue 23 item 5: shards share the render units by longest processing time first, the same on every machine.</summary>
public class UnitScheduleTests
{
    [Fact]
    public void Longest_units_first_each_to_the_least_loaded_shard()
    {
        // Costs 7, 5, 4, 3, 1 into 2 shards, worked by hand:
        // 7 → shard 1 (both empty: the lower shard) = 7; 5 → shard 2 = 5; 4 → shard 2 (5 < 7) = 9;
        // 3 → shard 1 (7 < 9) = 10; 1 → shard 2 (9 < 10) = 10. So shard 1 holds a, d; shard 2 holds b, c, e.
        var units = Units(("a", 7), ("b", 5), ("c", 4), ("d", 3), ("e", 1));
        var cost = Cost(units);

        Assert.Equal(["a", "d"], UnitSchedule.Shard([.. units.Keys], cost, 1, 2).Select(u => u.Key));
        Assert.Equal(["b", "c", "e"], UnitSchedule.Shard([.. units.Keys], cost, 2, 2).Select(u => u.Key));
    }

    [Fact]
    public void Equal_costs_are_dealt_in_key_order_whatever_the_input_order()
    {
        // Four units of cost 2 into 3 shards: keys in ordinal order w, x, y, z go to shards 1, 2, 3, then 1 again.
        var units = Units(("z", 2), ("x", 2), ("w", 2), ("y", 2));
        var cost = Cost(units);

        Assert.Equal(["w", "z"], UnitSchedule.Shard([.. units.Keys], cost, 1, 3).Select(u => u.Key));
        Assert.Equal(["x"], UnitSchedule.Shard([.. units.Keys], cost, 2, 3).Select(u => u.Key));
        Assert.Equal(["y"], UnitSchedule.Shard([.. units.Keys.Reverse()], cost, 3, 3).Select(u => u.Key));
    }

    [Fact]
    public void Every_unit_is_in_exactly_one_shard_and_more_shards_than_units_leaves_some_empty()
    {
        var units = Units(("a", 3), ("b", 2));
        var split = UnitSchedule.Split([.. units.Keys], Cost(units), 4);

        Assert.Equal(["a", "b"], split.SelectMany(s => s).Select(u => u.Key).Order(StringComparer.Ordinal));
        Assert.Equal([1, 1, 0, 0], split.Select(s => s.Count));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    [InlineData("1000/1000", 1000, 1000)]
    public void A_shard_is_K_of_N(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text, out _));

    [Theory]
    [InlineData("0/4")] // shards count from 1
    [InlineData("5/4")] // beyond N
    [InlineData("2")] // no N
    [InlineData("2/4/1")]
    [InlineData("-1/4")]
    [InlineData("+1/4")]
    [InlineData("a/b")]
    [InlineData(" 1/4")]
    [InlineData("1/1001")] // above the limit
    [InlineData("")]
    public void Anything_else_is_refused_with_a_reason(string text)
    {
        Assert.Null(ShardSpec.Parse(text, out var problem));
        Assert.Contains("is not a shard", problem, StringComparison.Ordinal);
    }

    private static Dictionary<RenderUnit, long> Units(params (string Key, long Cost)[] units) =>
        units.ToDictionary(u => new RenderUnit(u.Key, Array.Empty<PlannedFile>(), Array.Empty<PlannedPage>()), u => u.Cost);

    private static Func<RenderUnit, long> Cost(Dictionary<RenderUnit, long> units) => unit => units[unit];
}
