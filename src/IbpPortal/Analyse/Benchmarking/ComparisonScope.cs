using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>The organisations a rank, quartile or median is among, and how many of them had a figure.</summary>
/// <param name="Scope">Portal, ICB, region, peer group or England.</param>
/// <param name="Name">The ICB's, region's or peer group's name; null for the portal and England.</param>
/// <param name="Type">Trusts or ICBs.</param>
/// <param name="Peers">Organisations in the scope with a figure that month.</param>
public sealed record ComparisonScope(BenchmarkScope Scope, string? Name, OrgType Type, int Peers)
{
    /// <summary>The scope's name as downloads write it: <c>portal</c>, <c>icb</c>, <c>region</c>, <c>peer_group</c> or <c>england</c>.</summary>
    public string Code => Scope switch
    {
        BenchmarkScope.PeerGroup => "peer_group",
        _ => Scope.ToString().ToLowerInvariant(),
    };

    /// <summary>"of 11 trusts in this portal", "of 121 trusts in England", "of 4 trusts in peer group large acute".</summary>
    public string OutOf => $"of {Organisations(Peers)} {Where}";

    /// <summary>"11 trusts in this portal", "peer group: large acute (4 trusts)".</summary>
    public string Describe() => Scope == BenchmarkScope.PeerGroup
        ? $"peer group: {Name?.ToLowerInvariant()} ({Organisations(Peers)})"
        : $"{Organisations(Peers)} {Where}";

    private string Where => Scope switch
    {
        BenchmarkScope.Portal => "in this portal",
        BenchmarkScope.England => "in England",
        BenchmarkScope.PeerGroup => $"in peer group {Name?.ToLowerInvariant()}",
        _ => $"in {Name}",
    };

    private string Organisations(int n) => (Type, n) switch
    {
        (OrgType.Icb, 1) => "1 ICB",
        (OrgType.Icb, _) => $"{n} ICBs",
        (_, 1) => "1 trust",
        _ => $"{n} trusts",
    };
}
