// A sorted sample of business durations (e.g. first-response times) with exact nearest-rank percentiles.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Percentiles;
using NodaTime;

namespace CustomerCare.Core.Sla.Reporting;

/// <summary>
/// The business times of stopped metric instances (first response, resolution…), sorted. Percentiles use the
/// nearest-rank method (the smallest value with at least p of the sample at or below it), so every answer is a
/// value that occurred. An empty sample has no percentile: use <see cref="TryGetPercentile"/>. The arithmetic is the
/// KPI calculators' (<see cref="ExactPercentiles"/>, <see cref="DurationAccumulator"/>), so a report and a KPI
/// dashboard fed by <see cref="ToAccumulator"/> agree to the nanosecond.
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
    /// <exception cref="OverflowException">The sum exceeds what a <see cref="Duration"/> can hold.</exception>
    public Duration Total => Summary.Total;

    /// <summary>Gets count, total, minimum, maximum and (through <see cref="DurationSummary.TryGetMean"/>) the exact mean.</summary>
    public DurationSummary Summary => ToAccumulator().Result;

    /// <summary>
    /// Returns a KPI accumulator holding these values, to merge with other shards, days or teams
    /// (<see cref="DurationAccumulator.Merge"/>) without keeping the values themselves.
    /// </summary>
    /// <returns>A new accumulator with every value added.</returns>
    public DurationAccumulator ToAccumulator()
    {
        var accumulator = default(DurationAccumulator);
        accumulator.Add(_sorted);
        return accumulator;
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
            Preconditions.ThrowOutOfRange(nameof(fraction), fraction, "must lie in (0, 1] (0.5 for the median)");
        }

        return ExactPercentiles.TryFromSorted(_sorted, fraction, PercentileMethod.NearestRank, out value);
    }
}
