using System.Text.RegularExpressions;

namespace IbpPortal.Import;

/// <summary>The shape of an Organisation Data Service code: 3 to 6 capital letters and digits (trusts <c>RJ1</c>, sites and
/// independent providers <c>NT457</c>, ICBs <c>QMJ</c>, support units <c>0AR</c>).</summary>
internal static partial class OdsCode
{
    /// <summary>True when <paramref name="code"/> can be an ODS code.</summary>
    public static bool IsValid(string code) => Shape().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9]{3,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
