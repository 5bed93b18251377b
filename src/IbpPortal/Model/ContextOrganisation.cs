namespace IbpPortal.Model;

/// <summary>A provider in England that the portal does not publish but benchmarks against (<c>data/context-organisations.csv</c>).</summary>
/// <param name="Code">ODS code.</param>
/// <param name="Type">From the ODS lists: <c>nhs_trust</c>, <c>independent</c>, <c>icb</c> or <c>other</c>.</param>
/// <param name="Sector">For an NHS trust: <c>acute</c>, <c>non_acute</c>, or blank when not known.</param>
/// <param name="Icb">The ICB code (ODS high-level health geography), blank when not known.</param>
/// <param name="Region">The NHS England region name, blank when not known.</param>
public sealed record ContextOrganisation(string Code, string Name, string Type, string Sector, string Icb, string Region)
{
    /// <summary>An NHS trust (from the ODS trust list).</summary>
    public const string NhsTrust = "nhs_trust";

    /// <summary>An independent-sector or other non-NHS provider.</summary>
    public const string Independent = "independent";

    /// <summary>An integrated care board.</summary>
    public const string IcbType = "icb";

    /// <summary>Anything else (support units, national bodies).</summary>
    public const string Other = "other";

    /// <summary>An acute NHS trust.</summary>
    public const string Acute = "acute";

    /// <summary>An NHS trust that is not acute (mental health, community, ambulance).</summary>
    public const string NonAcute = "non_acute";

    /// <summary>The type an ODS code's shape suggests, for a provider not (yet) in the ODS trust list.</summary>
    public static string TypeFromCode(string code) => code switch
    {
        { Length: 3 } when code[0] == 'R' => NhsTrust,
        { Length: 3 } when code[0] == 'Q' => IcbType,
        _ when code[0] == 'N' || code.Length == 5 => Independent,
        _ => Other,
    };
}
