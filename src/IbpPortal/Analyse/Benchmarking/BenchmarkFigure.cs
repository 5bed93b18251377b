using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>An organisation's figure in the month compared, with its place by name (<paramref name="Tie"/>) and in the list given (<paramref name="Listed"/>).</summary>
internal readonly record struct BenchmarkFigure(Organisation Org, double Value, int Tie, int Listed)
{
    /// <summary>Ascending by value, then as listed: the order LINQ's stable sort of the values gives.</summary>
    public static int Ascending(BenchmarkFigure a, BenchmarkFigure b)
    {
        var byValue = a.Value.CompareTo(b.Value);
        return byValue != 0 ? byValue : a.Listed.CompareTo(b.Listed);
    }

    /// <summary>Lowest value first, ties by name then code.</summary>
    public static int LowestFirst(BenchmarkFigure a, BenchmarkFigure b)
    {
        var byValue = a.Value.CompareTo(b.Value);
        return byValue != 0 ? byValue : a.Tie.CompareTo(b.Tie);
    }

    /// <summary>Highest value first, ties by name then code.</summary>
    public static int HighestFirst(BenchmarkFigure a, BenchmarkFigure b)
    {
        var byValue = b.Value.CompareTo(a.Value);
        return byValue != 0 ? byValue : a.Tie.CompareTo(b.Tie);
    }
}
