using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Sample;

/// <summary>Makes up the sample's ICBs (codes <c>Q001</c>…) and trusts (<c>R0001</c>…), with regions, sizes and peer groups.</summary>
internal static class SampleOrganisations
{
    private static readonly string[] Regions =
        ["North East and Yorkshire", "North West", "Midlands", "East of England", "London", "South East", "South West"];

    private static readonly string[] Places =
    [
        "Ashford", "Beckley", "Carrow", "Dunmore", "Elmsworth", "Fairholm", "Glenbrook", "Harwick", "Ironvale", "Kestrel",
        "Larkfield", "Marston", "Northwold", "Oakridge", "Pennant", "Queensbury", "Redcliffe", "Stourhill", "Thornbury", "Upwell",
        "Valemont", "Westfold", "Yarrow", "Ambledown", "Brackenby", "Coldharbour", "Dovecote", "Eastleigh", "Foxley", "Greystone",
    ];

    private static readonly string[] Kinds = ["Hospitals", "Teaching Hospitals", "Healthcare", "University Hospitals", "Community and Acute"];

    /// <summary>Every ICB, each followed by its trusts.</summary>
    public static List<SampleOrganisation> Create(int icbs, int trustsPerIcb, int seed)
    {
        var random = SampleRandom.For(seed, -1, 0);
        var result = new List<SampleOrganisation>(icbs * (trustsPerIcb + 1));
        var trustNumber = 0;
        for (var i = 1; i <= icbs; i++)
        {
            var icbCode = "Q" + i.ToString("D3", CultureInfo.InvariantCulture);
            var region = Regions[(i - 1) % Regions.Length];
            result.Add(new SampleOrganisation(icbCode, $"NHS {PlaceName(i)} Integrated Care Board", OrgType.Icb, null, region, "ICB", 1));
            for (var t = 0; t < trustsPerIcb; t++)
            {
                trustNumber++;
                var scale = Math.Exp(0.45 * random.Gaussian());
                var peerGroup = scale switch
                {
                    < 0.75 => "Small acute",
                    < 1.35 => "Medium acute",
                    _ => "Large acute",
                };
                var name = $"{PlaceName(trustNumber + 7)} {random.Pick(Kinds)} NHS {(random.Chance(0.6) ? "Foundation " : string.Empty)}Trust";
                result.Add(new SampleOrganisation("R" + trustNumber.ToString("D4", CultureInfo.InvariantCulture), name, OrgType.Trust, icbCode, region, peerGroup, scale));
            }
        }

        return result;
    }

    /// <summary>A made-up place name, unique for each number.</summary>
    private static string PlaceName(int number)
    {
        var place = Places[(number - 1) % Places.Length];
        var round = (number - 1) / Places.Length;
        return round == 0 ? place : $"{place} {(round % 2 == 1 ? "Vale" : "Downs")} {round.ToString(CultureInfo.InvariantCulture)}";
    }
}
