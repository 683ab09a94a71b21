// A sorted sample of business durations (e.g. first-response times) with exact nearest-rank percentiles.
using NodaTime;

namespace CustomerCare.Core.Sla;

/// <summary>
/// The business times of stopped metric instances (first response, resolution…), sorted. Percentiles use the
/// nearest-rank method (the smallest value with at least p of the sample at or below it), so every answer is a
/// value that occurred. An empty sample has no percentile: use <see cref="TryGetPercentile"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SlaDurationDistribution
{
    private readonly Duration[] _sorted;

    internal SlaDurationDistribution(Duration[] sorted) => _sorted = sorted;

    /// <summary>Gets the number of values.</summary>
    public int Count => _sorted.Length;

    /// <summary>Gets the values in ascending order.</summary>
    public IReadOnlyList<Duration> Values => _sorted;

    /// <summary>Gets the exact sum of the values.</summary>
    public Duration Total
    {
        get
        {
            var total = Duration.Zero;
            foreach (var d in _sorted)
            {
                total += d;
            }

            return total;
        }
    }

    /// <summary>Gets the nearest-rank percentile <paramref name="fraction"/> of the values.</summary>
    /// <param name="fraction">A fraction in (0, 1]: 0.5 for the median, 0.9 for the 90th percentile.</param>
    /// <param name="value">The percentile, when the sample is not empty.</param>
    /// <returns><see langword="false"/> when the sample is empty (the percentile is undefined).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not in (0, 1].</exception>
    public bool TryGetPercentile(double fraction, out Duration value)
    {
        if (!(fraction > 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, $"fraction must lie in (0, 1] (0.5 for the median); it was {fraction}.");
        }

        if (_sorted.Length == 0)
        {
            value = Duration.Zero;
            return false;
        }

        // Nearest rank: ceil(p × n), 1-based; the small epsilon keeps 0.9 × 10 at rank 9 despite binary fractions.
        var rank = (int)Math.Ceiling((fraction * _sorted.Length) - 1e-9);
        value = _sorted[Math.Clamp(rank, 1, _sorted.Length) - 1];
        return true;
    }
}
