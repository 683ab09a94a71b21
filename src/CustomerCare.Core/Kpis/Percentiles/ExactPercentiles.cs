// Exact quantiles of numbers and durations in all nine Hyndman–Fan definitions, on scratch the caller owns or not.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.Percentiles;

/// <summary>
/// Exact sample quantiles (see <see cref="PercentileMethod"/> for the nine definitions and which tools use which).
/// The API speaks <b>quantiles</b>: fractions 0..1 (0.9 is the 90th percentile); a percentile such as 90 is rejected
/// with a message saying so. The overloads with a scratch span copy the input there and sort it (the input is never
/// modified) and allocate nothing; the overloads without one are for one-off use and allocate a copy; callers with
/// already sorted data use the <c>FromSorted</c> methods. Empty input is undefined: NaN for numbers, <c>false</c>
/// from the <c>Try</c> methods for durations. Interpolation never overflows: two finite values give a finite result
/// (also between −double.MaxValue and double.MaxValue), and durations interpolate exactly in 128-bit nanoseconds,
/// rounded half up to the nanosecond. Thread-safe.
/// </summary>
public static class ExactPercentiles
{
    private const int StackLimit = 128;

    /// <summary>Returns the quantile of <paramref name="values"/>, sorting a copy in <paramref name="scratch"/> (no allocation).</summary>
    /// <param name="values">The sample; may be empty (the result is then NaN). NaN values are rejected.</param>
    /// <param name="quantile">The quantile, a fraction 0..1.</param>
    /// <param name="method">The quantile definition.</param>
    /// <param name="scratch">Working space of at least <c>values.Length</c> elements; its contents are overwritten.</param>
    /// <returns>The quantile, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1, <paramref name="method"/> is not defined, or a value is NaN (the message names its index).</exception>
    /// <exception cref="ArgumentException"><paramref name="scratch"/> is shorter than <paramref name="values"/>.</exception>
    public static double Calculate(ReadOnlySpan<double> values, double quantile, PercentileMethod method, Span<double> scratch)
    {
        Preconditions.Quantile(quantile);
        RequireMethod(method);
        var sorted = SortInto(values, scratch);
        return FromSorted(sorted, quantile, method);
    }

    /// <summary>Returns the quantile of <paramref name="values"/> for one-off use: sorts a copy it allocates when the sample has more than 128 values.</summary>
    /// <param name="values">The sample; may be empty (the result is then NaN). NaN values are rejected.</param>
    /// <param name="quantile">The quantile, a fraction 0..1.</param>
    /// <param name="method">The quantile definition.</param>
    /// <returns>The quantile, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1, <paramref name="method"/> is not defined, or a value is NaN (the message names its index).</exception>
    public static double Calculate(ReadOnlySpan<double> values, double quantile, PercentileMethod method)
    {
        Span<double> scratch = values.Length <= StackLimit ? stackalloc double[values.Length] : new double[values.Length];
        return Calculate(values, quantile, method, scratch);
    }

    /// <summary>Returns several quantiles of <paramref name="values"/>, sorting once.</summary>
    /// <param name="values">The sample; may be empty (every result is then NaN). NaN values are rejected.</param>
    /// <param name="quantiles">The quantiles, each a fraction 0..1.</param>
    /// <param name="method">The quantile definition.</param>
    /// <param name="scratch">Working space of at least <c>values.Length</c> elements; its contents are overwritten.</param>
    /// <param name="destination">Receives one result per quantile; at least <c>quantiles.Length</c> long.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quantile is outside 0..1, <paramref name="method"/> is not defined, or a value is NaN.</exception>
    /// <exception cref="ArgumentException"><paramref name="scratch"/> or <paramref name="destination"/> is too short.</exception>
    public static void Calculate(ReadOnlySpan<double> values, ReadOnlySpan<double> quantiles, PercentileMethod method, Span<double> scratch, Span<double> destination)
    {
        if (destination.Length < quantiles.Length)
        {
            Preconditions.ThrowArgument(nameof(destination), $"destination has {destination.Length} elements but {quantiles.Length} quantiles were asked for.");
        }

        for (var i = 0; i < quantiles.Length; i++)
        {
            if (!(quantiles[i] >= 0 && quantiles[i] <= 1))
            {
                Preconditions.ThrowAt(nameof(quantiles), i, quantiles[i], "must lie between 0 and 1 inclusive (0.95 is the 95th percentile)");
            }
        }

        RequireMethod(method);
        var sorted = SortInto(values, scratch);
        for (var i = 0; i < quantiles.Length; i++)
        {
            destination[i] = FromSorted(sorted, quantiles[i], method);
        }
    }

    /// <summary>Returns the quantile of values that are already sorted ascending (not checked).</summary>
    /// <param name="sorted">The sample, ascending; may be empty (the result is then NaN).</param>
    /// <param name="quantile">The quantile, a fraction 0..1.</param>
    /// <param name="method">The quantile definition.</param>
    /// <returns>The quantile, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1 or <paramref name="method"/> is not defined.</exception>
    public static double FromSorted(ReadOnlySpan<double> sorted, double quantile, PercentileMethod method)
    {
        Preconditions.Quantile(quantile);
        RequireMethod(method);
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var (lower, weight) = Locate(sorted.Length, quantile, method);
        if (weight == 0)
        {
            return sorted[lower];
        }

        double a = sorted[lower], b = sorted[lower + 1], gap = b - a;
        return double.IsFinite(gap) ? a + (weight * gap) : (a * (1 - weight)) + (b * weight);
    }

    /// <summary>Returns the quantile of <paramref name="values"/> as a duration, sorting a copy in <paramref name="scratch"/> (no allocation).</summary>
    /// <param name="values">The sample (response times, waits…); may be empty.</param>
    /// <param name="quantile">The quantile, a fraction 0..1.</param>
    /// <param name="method">The quantile definition; interpolation is exact, rounded half up to the nanosecond.</param>
    /// <param name="scratch">Working space of at least <c>values.Length</c> elements; its contents are overwritten.</param>
    /// <param name="percentile">The quantile, or <see cref="Duration.Zero"/> when the sample is empty.</param>
    /// <returns>True when the sample is not empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1 or <paramref name="method"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="scratch"/> is shorter than <paramref name="values"/>.</exception>
    public static bool TryCalculate(ReadOnlySpan<Duration> values, double quantile, PercentileMethod method, Span<Duration> scratch, out Duration percentile)
    {
        Preconditions.Quantile(quantile);
        RequireMethod(method);
        RequireScratch(values.Length, scratch.Length);
        var sorted = scratch[..values.Length];
        values.CopyTo(sorted);
        sorted.Sort();
        return TryFromSorted(sorted, quantile, method, out percentile);
    }

    /// <summary>Returns the quantile of <paramref name="values"/> as a duration for one-off use (allocates a copy when the sample has more than 128 values).</summary>
    /// <param name="values">The sample; may be empty.</param>
    /// <param name="quantile">The quantile, a fraction 0..1.</param>
    /// <param name="method">The quantile definition; interpolation is exact, rounded half up to the nanosecond.</param>
    /// <param name="percentile">The quantile, or <see cref="Duration.Zero"/> when the sample is empty.</param>
    /// <returns>True when the sample is not empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1 or <paramref name="method"/> is not defined.</exception>
    public static bool TryCalculate(ReadOnlySpan<Duration> values, double quantile, PercentileMethod method, out Duration percentile)
    {
        Span<Duration> scratch = values.Length <= StackLimit ? stackalloc Duration[values.Length] : new Duration[values.Length];
        return TryCalculate(values, quantile, method, scratch, out percentile);
    }

    /// <summary>Returns the quantile of durations that are already sorted ascending (not checked).</summary>
    /// <param name="sorted">The sample, ascending; may be empty.</param>
    /// <param name="quantile">The quantile, a fraction 0..1.</param>
    /// <param name="method">The quantile definition; interpolation is exact, rounded half up to the nanosecond.</param>
    /// <param name="percentile">The quantile, or <see cref="Duration.Zero"/> when the sample is empty.</param>
    /// <returns>True when the sample is not empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1 or <paramref name="method"/> is not defined.</exception>
    public static bool TryFromSorted(ReadOnlySpan<Duration> sorted, double quantile, PercentileMethod method, out Duration percentile)
    {
        Preconditions.Quantile(quantile);
        RequireMethod(method);
        if (sorted.IsEmpty)
        {
            percentile = Duration.Zero;
            return false;
        }

        var (lower, weight) = Locate(sorted.Length, quantile, method);
        percentile = weight == 0 ? sorted[lower] : Interpolate(sorted[lower], sorted[lower + 1], weight);
        return true;
    }

    // The 0-based index of the lower neighbour and the weight of the upper one (0: the lower value itself).
    private static (int Lower, double Weight) Locate(int n, double p, PercentileMethod method)
    {
        switch (method)
        {
            case PercentileMethod.NearestRank or PercentileMethod.HyndmanFan1:
                return (Math.Clamp((int)Math.Ceiling(SnapToInteger(p * n)), 1, n) - 1, 0);
            case PercentileMethod.HyndmanFan2:
                {
                    var h = SnapToInteger(p * n);
                    var j = (int)Math.Floor(h);

                    // h ≤ n (p ≤ 1), so a fractional h has j = ⌊h⌋ ≤ n − 1: x_⌈h⌉ is at index j.
                    return h > j ? (j, 0) : j < 1 ? (0, 0) : j >= n ? (n - 1, 0) : (j - 1, 0.5);
                }

            case PercentileMethod.HyndmanFan3:
                {
                    var h = SnapToInteger((p * n) - 0.5);
                    var j = (int)Math.Floor(h);
                    var k = h == j && j % 2 == 0 ? j : j + 1;
                    return (Math.Clamp(k, 1, n) - 1, 0);
                }

            default:
                {
                    // Continuous types: 0-based position h₀ = h − 1.
                    var h0 = SnapToInteger(method switch
                    {
                        PercentileMethod.HyndmanFan4 => (n * p) - 1,
                        PercentileMethod.HyndmanFan5 => (n * p) - 0.5,
                        PercentileMethod.HyndmanFan6 => ((n + 1) * p) - 1,
                        PercentileMethod.HyndmanFan8 => ((n + (1.0 / 3)) * p) - (2.0 / 3),
                        PercentileMethod.HyndmanFan9 => ((n + 0.25) * p) - 0.625,
                        _ => (n - 1) * p,
                    });
                    if (h0 <= 0)
                    {
                        return (0, 0);
                    }

                    var j = (int)Math.Floor(h0);
                    return j >= n - 1 ? (n - 1, 0) : (j, h0 - j);
                }
        }
    }

    // lower + weight·(upper − lower) in exact 128-bit nanoseconds: the weight is m·2⁻ˢ with a 53-bit m, and the gap
    // spans at most 2⁷³ ns, so the product fits and is rounded half up once. Locate's weights are 0.5 or a position's
    // fraction above 1e-9 (snapping turns smaller ones into 0): a normal double with its leading bit implicit, s ≤ 82.
    private static Duration Interpolate(Duration lower, Duration upper, double weight)
    {
        var low = DurationMath.Nanoseconds(lower);
        var gap = DurationMath.Nanoseconds(upper) - low;
        var bits = BitConverter.DoubleToInt64Bits(weight);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = (bits & 0xF_FFFF_FFFF_FFFF) | (1L << 52);
        var shift = 1075 - exponent;
        var offset = ((gap * mantissa) + (Int128.One << (shift - 1))) >> shift;
        return DurationMath.FromNanoseconds(low + offset);
    }

    // 0.7 · 10 is 7.000000000000001 in binary floating point; without snapping, ⌈p·n⌉ would pick rank 8 instead of 7.
    private static double SnapToInteger(double x)
    {
        var nearest = Math.Round(x);
        return Math.Abs(x - nearest) <= 1e-9 * Math.Max(1, Math.Abs(x)) ? nearest : x;
    }

    private static ReadOnlySpan<double> SortInto(ReadOnlySpan<double> values, Span<double> scratch)
    {
        RequireScratch(values.Length, scratch.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                Preconditions.ThrowAt(nameof(values), i, values[i], "must be a number");
            }
        }

        var sorted = scratch[..values.Length];
        values.CopyTo(sorted);
        sorted.Sort();
        return sorted;
    }

    private static void RequireScratch(int needed, int available)
    {
        if (available < needed)
        {
            Preconditions.ThrowArgument("scratch", $"scratch has {available} elements but the sample has {needed}; pass a scratch span at least as long as the values.");
        }
    }

    private static void RequireMethod(PercentileMethod method)
    {
        if (!Enum.IsDefined(method))
        {
            Preconditions.ThrowOutOfRange(nameof(method), (int)method, "must be a defined PercentileMethod (NearestRank, LinearInterpolation or HyndmanFan1 to HyndmanFan9)");
        }
    }
}
