using System.Security.Cryptography;
using System.Text;
using IbpPortal.Analyse;

namespace IbpPortal.BoardPacks;

/// <summary>A fingerprint of the analysed figures, for builds where the data files were not hashed: the SHA-256 of every organisation's actuals and plans as CSV text.</summary>
internal static class PackFingerprint
{
    /// <summary>Lower-case hex SHA-256 over "org,metric,period,actual,plan" lines in organisation and metric order.</summary>
    public static string Of(AnalysisModel analysis)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var org in analysis.Organisations)
        {
            foreach (var metric in analysis.Metrics)
            {
                foreach (var point in analysis.Actual(org.Code, metric.Id))
                {
                    hash.AppendData(Encoding.UTF8.GetBytes($"{org.Code},{metric.Id},{point.Period},{point.Value.ToCsv()},{analysis.Plan(org.Code, metric.Id).At(point.Period).ToCsv()}\n"));
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
