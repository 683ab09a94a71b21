// A tiny seeded generator (SplitMix64), so a run is the same on every machine and runtime version.
namespace CareDesk.Desk;

/// <summary>SplitMix64 with the few distributions the simulator needs.</summary>
internal struct Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, bound).</summary>
    public int Next(int bound) => (int)(NextDouble() * bound);

    /// <summary>An exponential variate with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>A Poisson variate (Knuth's method for small means, a rounded normal approximation above 50).</summary>
    public int Poisson(double mean)
    {
        if (mean > 50)
        {
            var u1 = 1.0 - NextDouble();
            var u2 = NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>An index drawn with the given cumulative weights (strictly ascending, the last one is the total).</summary>
    public int Pick(ReadOnlySpan<double> cumulative)
    {
        // The number of weights at or below x (the upper bound), by halving: the index a binary search would give.
        var x = NextDouble() * cumulative[^1];
        var low = 0;
        var count = cumulative.Length;
        while (count > 0)
        {
            var half = count >> 1;
            if (cumulative[low + half] <= x)
            {
                low += half + 1;
                count -= half + 1;
            }
            else
            {
                count = half;
            }
        }

        return low;
    }

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
