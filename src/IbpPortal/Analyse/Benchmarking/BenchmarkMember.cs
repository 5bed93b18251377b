using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>One organisation compared, with its series and its place in the list it was given in.</summary>
internal readonly record struct BenchmarkMember(Organisation Org, MonthlySeries Series, int Listed);
