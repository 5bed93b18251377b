namespace IbpPortal.Render;

/// <summary>An object from <see cref="ChartLayouts"/>: disposing the lease releases the object only when no unit owns it.</summary>
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
