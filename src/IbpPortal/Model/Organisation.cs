using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>An ICB or trust from <c>organisations.csv</c>.</summary>
/// <param name="Code">ODS code, such as <c>RJ1</c> or <c>QMJ</c>.</param>
/// <param name="Icb">For a trust, the code of its parent ICB; null for an ICB.</param>
public sealed record Organisation(
    string Code,
    string Name,
    OrgType Type,
    string? Icb,
    string Region,
    string PeerGroup,
    SourceLocation Source);
