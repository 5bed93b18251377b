using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>A metric compared across organisations in one month: trusts with trusts, ICBs with ICBs.</summary>
/// <param name="Measure">What the rows' values are: the metric itself, or for a volume with a <c>per</c> size measure,
/// the volume per that measure (a rate, such as complaints per 100 beds).</param>
public sealed record BenchmarkTable(Metric Metric, Period Period, BenchmarkGroup Trusts, BenchmarkGroup Icbs, Metric? Measure = null)
{
    /// <summary>The measure the rows' values, ranks and medians are in.</summary>
    public Metric Compared => Measure ?? Metric;

    /// <summary>The group for organisations of the given type.</summary>
    public BenchmarkGroup For(OrgType type) => type == OrgType.Icb ? Icbs : Trusts;

    /// <summary>The organisation's row in its own type's group, or null when it has no data for the metric.</summary>
    public BenchmarkRow? Row(Organisation organisation) => For(organisation.Type).Row(organisation.Code);
}
