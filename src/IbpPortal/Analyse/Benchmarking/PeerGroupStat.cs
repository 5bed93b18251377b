namespace IbpPortal.Analyse.Benchmarking;

/// <summary>A peer group's median and how many of its organisations had a figure.</summary>
public sealed record PeerGroupStat(string Name, double Median, int Peers);
