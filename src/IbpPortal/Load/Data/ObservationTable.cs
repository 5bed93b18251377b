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

    /// <summary>An empty table for the file at <paramref name="path"/> (as messages name it).</summary>
    public ObservationTable(string path) => _path = path;

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <inheritdoc />
    public Observation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new Observation(_codes[_orgs[index]], _codes[_metrics[index]], _periods[index], _values[index], new SourceLocation(_path, _lines[index]));
        }
    }

    /// <summary>Adds a row read from line <paramref name="line"/> of the file.</summary>
    public void Add(string org, string metric, Period period, DataValue value, int line)
    {
        if (Count == _orgs.Length)
        {
            Resize(Math.Max(1024, Count * 2));
        }

        _orgs[Count] = Code(org);
        _metrics[Count] = Code(metric);
        _periods[Count] = period;
        _values[Count] = value;
        _lines[Count] = line;
        Count++;
    }

    /// <summary>Drops the spare room left by growing, once every row is read.</summary>
    public void TrimExcess() => Resize(Count);

    /// <inheritdoc />
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Code(string code)
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
