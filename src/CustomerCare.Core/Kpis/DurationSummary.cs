// Count, total, minimum and maximum of a set of durations: the exact, mergeable state behind every "average time" KPI.
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A summary of durations (response times, handle times, waits): count, exact total, minimum and maximum.
/// The mean is <c>Total / Count</c> to the nearest nanosecond and is undefined for no durations (use
/// <see cref="TryGetMean(out Duration)"/>). Immutable and thread-safe; <c>default</c> is the empty summary.
/// </summary>
public readonly record struct DurationSummary
{
    private readonly Int128 _totalNanoseconds;

    internal DurationSummary(long count, Int128 totalNanoseconds, Duration minimum, Duration maximum)
    {
        Count = count;
        _totalNanoseconds = totalNanoseconds;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the number of durations.</summary>
    public long Count { get; }

    /// <summary>Gets the exact sum of the durations.</summary>
    /// <exception cref="OverflowException">The sum exceeds the range of <see cref="Duration"/> (about 45,000 years); the mean is still exact.</exception>
    public Duration Total => DurationMath.ToDuration(_totalNanoseconds);

    /// <summary>Gets the smallest duration (<see cref="Duration.Zero"/> when empty; check <see cref="Count"/>).</summary>
    public Duration Minimum { get; }

    /// <summary>Gets the largest duration (<see cref="Duration.Zero"/> when empty; check <see cref="Count"/>).</summary>
    public Duration Maximum { get; }

    /// <summary>Gets the mean duration when there is at least one.</summary>
    /// <param name="mean">Total / Count to the nearest nanosecond, or <see cref="Duration.Zero"/> when empty.</param>
    /// <returns>True when <see cref="Count"/> &gt; 0.</returns>
    public bool TryGetMean(out Duration mean)
    {
        mean = Count == 0 ? Duration.Zero : DurationMath.Mean(_totalNanoseconds, Count);
        return Count != 0;
    }
}
