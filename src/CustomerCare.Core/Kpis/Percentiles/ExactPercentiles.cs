// Exact percentiles of numbers and durations, computed on a scratch span the caller owns, so nothing is allocated.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.Percentiles;

/// <summary>
/// Exact percentiles (see <see cref="PercentileMethod"/>). The input is copied into the caller's scratch span and
/// sorted there (the input is never modified), so the methods allocate nothing; callers with already sorted data use
/// the <c>FromSorted</c> methods. Quantiles are fractions 0..1 (0.9 is the 90th percentile). Empty input is
/// undefined: NaN for numbers, <c>false</c> from the <c>Try</c> methods for durations. Thread-safe.
/// </summary>
public static class ExactPercentiles
{
    /// <summary>Returns the percentile of <paramref name="values"/>.</summary>
    /// <param name="values">The sample; may be empty (the result is then NaN). NaN values are rejected.</param>
    /// <param name="quantile">The quantile, 0..1.</param>
    /// <param name="method">The percentile definition.</param>
    /// <param name="scratch">Working space of at least <c>values.Length</c> elements; its contents are overwritten.</param>
    /// <returns>The percentile, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1, <paramref name="method"/> is not defined, or a value is NaN (the message names its index).</exception>
    /// <exception cref="ArgumentException"><paramref name="scratch"/> is shorter than <paramref name="values"/>.</exception>
    public static double Calculate(ReadOnlySpan<double> values, double quantile, PercentileMethod method, Span<double> scratch)
    {
        var sorted = SortInto(values, scratch);
        return FromSorted(sorted, quantile, method);
    }

    /// <summary>Returns several percentiles of <paramref name="values"/>, sorting once.</summary>
    /// <param name="values">The sample; may be empty (every result is then NaN). NaN values are rejected.</param>
    /// <param name="quantiles">The quantiles, each 0..1.</param>
    /// <param name="method">The percentile definition.</param>
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
                Preconditions.ThrowAt(nameof(quantiles), i, quantiles[i], "must lie between 0 and 1 inclusive");
            }
        }

        var sorted = SortInto(values, scratch);
        for (var i = 0; i < quantiles.Length; i++)
        {
            destination[i] = FromSorted(sorted, quantiles[i], method);
        }
    }

    /// <summary>Returns the percentile of values that are already sorted ascending (not checked).</summary>
    /// <param name="sorted">The sample, ascending; may be empty (the result is then NaN).</param>
    /// <param name="quantile">The quantile, 0..1.</param>
    /// <param name="method">The percentile definition.</param>
    /// <returns>The percentile, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1 or <paramref name="method"/> is not defined.</exception>
    public static double FromSorted(ReadOnlySpan<double> sorted, double quantile, PercentileMethod method)
    {
        Preconditions.Quantile(quantile);
        RequireMethod(method);
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        if (method == PercentileMethod.NearestRank)
        {
            return sorted[NearestRankIndex(sorted.Length, quantile)];
        }

        var (lower, fraction) = Interpolation(sorted.Length, quantile);
        return fraction == 0 ? sorted[lower] : sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower]));
    }

    /// <summary>Returns the percentile of <paramref name="values"/> as a duration.</summary>
    /// <param name="values">The sample (response times, waits…); may be empty.</param>
    /// <param name="quantile">The quantile, 0..1.</param>
    /// <param name="method">The percentile definition; interpolation is rounded to the nearest nanosecond.</param>
    /// <param name="scratch">Working space of at least <c>values.Length</c> elements; its contents are overwritten.</param>
    /// <param name="percentile">The percentile, or <see cref="Duration.Zero"/> when the sample is empty.</param>
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

    /// <summary>Returns the percentile of durations that are already sorted ascending (not checked).</summary>
    /// <param name="sorted">The sample, ascending; may be empty.</param>
    /// <param name="quantile">The quantile, 0..1.</param>
    /// <param name="method">The percentile definition; interpolation is rounded to the nearest nanosecond.</param>
    /// <param name="percentile">The percentile, or <see cref="Duration.Zero"/> when the sample is empty.</param>
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

        if (method == PercentileMethod.NearestRank)
        {
            percentile = sorted[NearestRankIndex(sorted.Length, quantile)];
            return true;
        }

        var (lower, fraction) = Interpolation(sorted.Length, quantile);
        if (fraction == 0)
        {
            percentile = sorted[lower];
            return true;
        }

        var gap = (sorted[lower + 1] - sorted[lower]).TotalNanoseconds;
        percentile = sorted[lower] + Duration.FromNanoseconds((long)Math.Round(fraction * gap, MidpointRounding.AwayFromZero));
        return true;
    }

    private static int NearestRankIndex(int count, double quantile) =>
        Math.Clamp((int)Math.Ceiling(SnapToInteger(quantile * count)), 1, count) - 1;

    private static (int Lower, double Fraction) Interpolation(int count, double quantile)
    {
        var h = SnapToInteger((count - 1) * quantile);
        var lower = (int)Math.Floor(h);
        return lower >= count - 1 ? (count - 1, 0) : (lower, h - lower);
    }

    // 0.7 · 10 is 7.000000000000001 in binary floating point; without snapping, ⌈q·n⌉ would pick rank 8 instead of 7.
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
        if (method is not (PercentileMethod.NearestRank or PercentileMethod.LinearInterpolation))
        {
            Preconditions.ThrowOutOfRange(nameof(method), (int)method, "must be NearestRank or LinearInterpolation");
        }
    }
}
