using System.Text;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Validate.Data;

namespace IbpPortal.Tests.Data;

/// <summary>A portal folder written from inline text (<c>-- data/actuals.csv --</c> sections), deleted afterwards.</summary>
internal sealed class TempPortal : IDisposable
{
    /// <summary>Valid plan data that each test changes one file of.</summary>
    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>
    {
        ["data/organisations.csv"] = """
            code,name,type,icb,region,peer_group
            QKK,NHS South East London ICB,icb,,London,
            RJ1,Guy's and St Thomas' NHS Foundation Trust,trust,QKK,London,teaching
            RJ2,Lewisham and Greenwich NHS Trust,trust,QKK,London,acute
            """,
        ["data/metrics.csv"] = """
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,All A&E types
            ae_within_4hr,Seen within 4 hours,performance,count,increase,0,,,,sum,
            ae_4hr,Four-hour performance,performance,percent,increase,1,78,ae_within_4hr,ae_attendances,,Share seen within 4 hours
            """,
        ["data/actuals.csv"] = """
            org,metric,period,value
            RJ1,ae_attendances,2025-02,17000
            RJ1,ae_attendances,2025-03,18104
            RJ2,ae_attendances,2025-03,12000
            """,
        ["data/plans.csv"] = """
            org,metric,period,value
            """,
    };

    private TempPortal()
    {
        Root = Path.Combine(Path.GetTempPath(), "ibp-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The valid data with some files replaced (or added), given as <c>-- path --</c> sections.</summary>
    public static TempPortal WithValidDataAnd(string sections = "")
    {
        var portal = new TempPortal();
        foreach (var (path, text) in Valid)
        {
            portal.Write(path, text + "\n");
        }

        foreach (var (path, text) in Parse(sections))
        {
            portal.Write(path, text);
        }

        return portal;
    }

    /// <summary>Only the given sections.</summary>
    public static TempPortal With(string sections = "")
    {
        var portal = new TempPortal();
        foreach (var (path, text) in Parse(sections))
        {
            portal.Write(path, text);
        }

        return portal;
    }

    public void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    /// <summary>Loads (and validates unless told not to), returning the data and every diagnostic.</summary>
    public (PlanData Data, IReadOnlyList<Diagnostic> Diagnostics) Load(bool validate = true)
    {
        var diagnostics = new DiagnosticBag();
        var data = PlanDataLoader.Load(Root, diagnostics);
        if (validate)
        {
            PlanDataValidator.Validate(data, diagnostics);
        }

        return (data, diagnostics.Sorted());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static IEnumerable<(string Path, string Text)> Parse(string sections)
    {
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in sections.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    yield return (path, text.ToString());
                }

                path = trimmed[3..^3];
                text.Clear();
            }
            else if (path is not null)
            {
                text.Append(trimmed).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, text.ToString());
        }
    }
}
