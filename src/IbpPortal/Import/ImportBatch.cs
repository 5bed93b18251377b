using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Everything the files of one import hold, collected before anything is written.</summary>
internal sealed class ImportBatch
{
    private readonly List<ImportRecord> _records = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly SortedSet<Period> _periods = [];
    private readonly Dictionary<string, string> _sectors = new(StringComparer.Ordinal);

    /// <summary>The figures read, in file order.</summary>
    public IReadOnlyList<ImportRecord> Records => _records;

    /// <summary>Provider names as the files spell them, by code (the first one seen).</summary>
    public IReadOnlyDictionary<string, string> Names => _names;

    /// <summary>Sectors (<c>acute</c>, <c>non_acute</c>) that a file states for its providers, by code.</summary>
    public IReadOnlyDictionary<string, string> Sectors => _sectors;

    /// <summary>The periods read, in order.</summary>
    public IReadOnlyCollection<Period> Periods => _periods;

    /// <summary>Provider rows read.</summary>
    public int ProviderRows { get; private set; }

    /// <summary>England, region or other total rows skipped.</summary>
    public int TotalRows { get; set; }

    /// <summary>Checks a provider code and counts its row; false (reported) when it is not an ODS code.</summary>
    public bool Provider(string code, string name, SourceLocation source, string column, DiagnosticBag diagnostics)
    {
        if (!OdsCode.IsValid(code))
        {
            diagnostics.Error(
                source,
                DataDiagnosticCodes.ImportInvalidOdsCode,
                $"'{column}' is '{code}', which is not an ODS organisation code (3 to 6 capital letters and digits)",
                "import the file as NHS England publishes it; a total or note row should not be in the table");
            return false;
        }

        ProviderRows++;
        if (name.Length > 0)
        {
            _names.TryAdd(code, name);
        }

        return true;
    }

    /// <summary>Records the sector a file gives a provider (such as the sickness CSV's <c>ORG_TYPE</c>).</summary>
    public void Sector(string code, string sector) => _sectors[code] = sector;

    /// <summary>Adds one figure.</summary>
    public void Add(string org, string metric, Period period, DataValue value, SourceLocation source)
    {
        _records.Add(new ImportRecord(org, metric, period, value, source));
        _periods.Add(period);
    }
}
