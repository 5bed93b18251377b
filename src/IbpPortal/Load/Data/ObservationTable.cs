using System.Collections;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>The rows of one observations file held column by column, each <see cref="Observation"/> made when it is read.</summary>
/// <remarks>
/// A national portal has millions of rows, which as objects cost about 80 bytes each besides the list; here a row is
/// 36 bytes in five arrays, and its organisation and metric codes are stored once for the file. Reading a row twice
/// gives two equal records (records compare by value), never a changed one.
/// </remarks>
internal sealed class ObservationTable : IReadOnlyList<Observation>
{
    private readonly string _path;
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private int[] _orgs = [];
    private int[] _metrics = [];
    private Period[] _periods = [];
    private DataValue[] _values = [];
    private int[] _lines = [];
    private SourceLocation[]? _sources;

    /// <summary>An empty table for the file at <paramref name="path"/> (as messages name it).</summary>
    public ObservationTable(string path) => _path = path;

    /// <summary>An empty table for the file at <paramref name="path"/>, with room for <paramref name="capacity"/> rows.</summary>
    public ObservationTable(string path, int capacity)
        : this(path) => Resize(capacity);

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <inheritdoc />
    public Observation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new Observation(_codes[_orgs[index]], _codes[_metrics[index]], _periods[index], _values[index], SourceAt(index));
        }
    }

    /// <summary>Each row's organisation, as an index into <see cref="Code"/>.</summary>
    public ReadOnlySpan<int> Orgs => _orgs.AsSpan(0, Count);

    /// <summary>Each row's metric, as an index into <see cref="Code"/>.</summary>
    public ReadOnlySpan<int> Metrics => _metrics.AsSpan(0, Count);

    /// <summary>Each row's month.</summary>
    public ReadOnlySpan<Period> Periods => _periods.AsSpan(0, Count);

    /// <summary>Each row's value.</summary>
    public ReadOnlySpan<DataValue> Values => _values.AsSpan(0, Count);

    /// <summary>How many distinct codes (organisations and metrics alike) the rows name.</summary>
    public int CodeCount => _codes.Count;

    /// <summary>The rows as a table: <paramref name="rows"/> itself when it was read into one, else a copy (rows made as records, as tests do).</summary>
    public static ObservationTable Of(IReadOnlyList<Observation> rows)
    {
        if (rows is ObservationTable table)
        {
            return table;
        }

        var copy = new ObservationTable(string.Empty) { _sources = new SourceLocation[rows.Count] };
        copy.Resize(rows.Count);
        foreach (var row in rows)
        {
            copy._sources[copy.Count] = row.Source;
            copy.Add(row.Org, row.Metric, row.Period, row.Value, row.Source.Line);
        }

        return copy;
    }

    /// <summary>The organisation code or metric id with index <paramref name="code"/>.</summary>
    public string Code(int code) => _codes[code];

    /// <summary>The index of a code the rows name, or -1 when none does.</summary>
    public int Find(string code) => _codeIndex.TryGetValue(code, out var index) ? index : -1;

    /// <summary>The file and line of row <paramref name="index"/>.</summary>
    public SourceLocation SourceAt(int index) => _sources is { } sources ? sources[index] : new SourceLocation(_path, _lines[index]);

    /// <summary>Adds a row read from line <paramref name="line"/> of the file.</summary>
    public void Add(string org, string metric, Period period, DataValue value, int line)
    {
        if (Count == _orgs.Length)
        {
            Resize(Math.Max(1024, Count * 2));
        }

        _orgs[Count] = Intern(org);
        _metrics[Count] = Intern(metric);
        _periods[Count] = period;
        _values[Count] = value;
        _lines[Count] = line;
        Count++;
    }

    /// <summary>Drops the spare room left by growing, once every row is read.</summary>
    public void TrimExcess()
    {
        // A table within a tenth of its room keeps it: copying a national file's columns again would free little.
        if (_sources is null && _orgs.Length - Count > Count / 10)
        {
            Resize(Count);
        }
    }

    /// <inheritdoc />
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Intern(string code)
    {
        ref var index = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_codeIndex, code, out var exists);
        if (!exists)
        {
            index = _codes.Count;
            _codes.Add(code);
        }

        return index;
    }

    private void Resize(int size)
    {
        Array.Resize(ref _orgs, size);
        Array.Resize(ref _metrics, size);
        Array.Resize(ref _periods, size);
        Array.Resize(ref _values, size);
        Array.Resize(ref _lines, size);
    }
}
