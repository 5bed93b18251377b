namespace IbpPortal.Render;

/// <summary>
/// Objects shared by the pages and files rendered together as one unit of work — an organisation's page and its board
/// pack — made once by whichever needs them first and released when the unit ends.
/// </summary>
/// <remarks>
/// The renderer runs a unit from start to end on one thread, so the unit is kept per thread: nothing shared crosses
/// threads, and a unit holds only its own organisation's objects (about forty chart drawings), however large the site.
/// Outside a unit, <see cref="Share{T}"/> makes a fresh object that the caller's lease releases.
/// </remarks>
public sealed class WorkUnit : IDisposable
{
    [ThreadStatic]
    private static WorkUnit? current;

    private readonly Dictionary<string, IDisposable> _items = new(StringComparer.Ordinal);
    private readonly WorkUnit? _outer;

    private WorkUnit()
    {
        _outer = current;
        current = this;
    }

    /// <summary>Objects made in this unit so far.</summary>
    public int Count => _items.Count;

    /// <summary>Starts a unit on the calling thread; until it is disposed, everything rendered on the thread shares objects.</summary>
    public static WorkUnit Begin() => new();

    /// <summary>The object under <paramref name="key"/>, made by <paramref name="create"/> the first time it is asked for in this unit.</summary>
    /// <param name="key">Names the object completely: two callers with the same key must want the same object.</param>
    public static Lease<T> Share<T>(string key, Func<T> create)
        where T : class, IDisposable
    {
        if (current is not { } unit)
        {
            return new Lease<T>(create(), owned: true);
        }

        if (!unit._items.TryGetValue(key, out var item))
        {
            item = create();
            unit._items.Add(key, item);
        }

        return new Lease<T>((T)item, owned: false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var item in _items.Values)
        {
            item.Dispose();
        }

        _items.Clear();
        current = _outer;
    }
}

/// <summary>An object from <see cref="WorkUnit.Share{T}"/>: disposing the lease releases the object only when no unit owns it.</summary>
public readonly struct Lease<T>(T value, bool owned) : IDisposable
    where T : class, IDisposable
{
    /// <summary>The shared (or, outside a unit, fresh) object.</summary>
    public T Value { get; } = value;

    /// <inheritdoc />
    public void Dispose()
    {
        if (owned)
        {
            Value.Dispose();
        }
    }
}
