using System.Security.Cryptography;
using IbpPortal.Analyse;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Build;

/// <summary>
/// State kept between builds of one long-running process (<c>ibp preview</c>): the plan data, its diagnostics and its
/// analysis, reused while <c>data/</c> and <c>portal.yml</c> are unchanged, so a page edit is not held up by loading and analysing data.
/// </summary>
public sealed class BuildSession
{
    private string? _key;
    private PlanData? _data;
    private IReadOnlyList<Diagnostic> _dataDiagnostics = [];
    private AnalysisModel? _analysis;

    /// <summary>The output folder's lock when the process holding this session keeps it between builds (preview); builds then do not take it again.</summary>
    public Safety.OutputLock? Lock { get; set; }

    /// <summary>Loads the plan data, or reuses the last load when its files are unchanged (replaying its warnings).</summary>
    internal PlanData LoadData(string root, DiagnosticBag diagnostics, Func<string, DiagnosticBag, PlanData> load, Load.SourceHashes hashes)
    {
        var key = KeyOf(root, hashes);
        if (key == _key && _data is not null)
        {
            foreach (var d in _dataDiagnostics)
            {
                diagnostics.Add(d);
            }

            return _data;
        }

        var own = new DiagnosticBag();
        var data = load(root, own);
        foreach (var d in own.Sorted())
        {
            diagnostics.Add(d);
        }

        _key = own.HasErrors ? null : key;
        _data = data;
        _dataDiagnostics = own.Sorted();
        _analysis = null;
        return data;
    }

    /// <summary>The analysis of the current data, computed once per data version.</summary>
    internal AnalysisModel Analyse(PlanData data, Func<AnalysisModel> analyse)
    {
        if (_analysis is not null && ReferenceEquals(data, _data))
        {
            return _analysis;
        }

        _analysis = analyse();
        return _analysis;
    }

    private static string KeyOf(string root, Load.SourceHashes hashes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new List<string>();
        var settings = Path.Combine(root, "portal.yml");
        if (File.Exists(settings))
        {
            files.Add(settings);
        }

        var data = Path.Combine(root, "data");
        if (Directory.Exists(data))
        {
            files.AddRange(Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        }

        foreach (var file in files)
        {
            hashes.Append(hash, file, file);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
