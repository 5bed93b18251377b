namespace IbpPortal.Sample;

/// <summary>A small seeded random generator (SplitMix64) whose sequence is the same on every platform and .NET version.</summary>
/// <remarks>Not for security. Each series gets its own generator from <see cref="For(int, int, int)"/>, so one series' draws never shift another's.</remarks>
internal sealed class SampleRandom
{
    private ulong _state;
    private double? _spareGaussian;

    /// <summary>Starts a sequence from <paramref name="seed"/>.</summary>
    public SampleRandom(ulong seed) => _state = seed;

    /// <summary>A generator for one (seed, a, b) combination, such as an organisation and a metric.</summary>
    public static SampleRandom For(int seed, int a, int b) =>
        new(Mix(Mix(Mix((ulong)(uint)seed) ^ (ulong)(uint)a) ^ ((ulong)(uint)b << 32)));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform number in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform number in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>A uniform whole number in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal draw (Box–Muller, keeping the second value for the next call).</summary>
    public double Gaussian()
    {
        if (_spareGaussian is { } spare)
        {
            _spareGaussian = null;
            return spare;
        }

        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        _spareGaussian = radius * Math.Sin(2 * Math.PI * u2);
        return radius * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>One item of <paramref name="items"/>, chosen uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
