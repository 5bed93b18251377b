using IbpPortal.Render;

namespace IbpPortal.Tests.Render;

/// <summary>Objects shared within a work unit are made once and released when the unit ends; outside a unit each caller gets its own.</summary>
public sealed class WorkUnitTests
{
    private sealed class Counted : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void Within_a_unit_the_first_caller_makes_the_object_and_later_callers_get_the_same_one()
    {
        var made = 0;
        Counted Make()
        {
            made++;
            return new Counted();
        }

        Counted first;
        using (var unit = WorkUnit.Begin())
        {
            using (var a = WorkUnit.Share("spc:RR8:ae", Make))
            {
                first = a.Value;
            }

            Assert.False(first.Disposed); // the unit owns it, not the lease
            using var b = WorkUnit.Share("spc:RR8:ae", Make);
            using var other = WorkUnit.Share("spc:RR8:beds", Make);
            Assert.Same(first, b.Value);
            Assert.NotSame(first, other.Value);
            Assert.Equal(2, made);
            Assert.Equal(2, unit.Count);
        }

        Assert.True(first.Disposed);
    }

    [Fact]
    public void Outside_a_unit_each_caller_gets_a_new_object_that_its_lease_releases()
    {
        Counted kept;
        using (var lease = WorkUnit.Share("spc:RR8:ae", () => new Counted()))
        {
            kept = lease.Value;
            using var again = WorkUnit.Share("spc:RR8:ae", () => new Counted());
            Assert.NotSame(kept, again.Value);
        }

        Assert.True(kept.Disposed);
    }

    [Fact]
    public void Units_on_different_threads_do_not_share()
    {
        object? seen = null;
        using var unit = WorkUnit.Begin();
        using var here = WorkUnit.Share("key", () => new Counted());
        var thread = new Thread(() =>
        {
            using var there = WorkUnit.Share("key", () => new Counted());
            seen = there.Value;
        });
        thread.Start();
        thread.Join();
        Assert.NotSame(here.Value, seen);
    }
}
