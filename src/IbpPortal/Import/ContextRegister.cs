using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Keeps <c>context-organisations.csv</c>: rows already there (such as from the ODS list) win; new providers are
/// added with the name their file gives and the type their ODS code's shape suggests; a sector a file states is kept.</summary>
internal static class ContextRegister
{
    /// <summary>The register with every provider in <paramref name="codes"/>.</summary>
    public static List<ContextOrganisation> Merge(
        IReadOnlyList<ContextOrganisation> existing,
        IEnumerable<string> codes,
        IReadOnlyDictionary<string, string> names,
        IReadOnlyDictionary<string, string> sectors)
    {
        var byCode = existing.GroupBy(o => o.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!byCode.ContainsKey(code))
            {
                byCode[code] = new ContextOrganisation(code, names.GetValueOrDefault(code, code), ContextOrganisation.TypeFromCode(code), string.Empty, string.Empty, string.Empty);
            }
            else if (byCode[code].Name.Length == 0 && names.TryGetValue(code, out var name))
            {
                byCode[code] = byCode[code] with { Name = name };
            }

            if (sectors.TryGetValue(code, out var sector))
            {
                byCode[code] = byCode[code] with { Sector = sector };
            }
        }

        return [.. byCode.Values.OrderBy(o => o.Code, StringComparer.Ordinal)];
    }
}
