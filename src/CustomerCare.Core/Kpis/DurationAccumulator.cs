// A running duration summary that merges exactly: the engine of first-response, average-response and similar time KPIs.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis.Service;
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// Accumulates non-negative durations as count, total, minimum and maximum; merging is exact and equals
/// <see cref="ResponseTimes.Calculate(ReadOnlySpan{Duration})"/> on the concatenated input. <c>default</c> is empty.
/// A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct DurationAccumulator
{
    private long _count;
    private Int128 _total;
    private Duration _minimum;
    private Duration _maximum;

    /// <summary>Gets the number of durations added.</summary>
    public readonly long Count => _count;

    /// <summary>Gets the summary so far.</summary>
    public readonly DurationSummary Result => new(_count, _total, _minimum, _maximum);

    /// <summary>Adds one duration.</summary>
    /// <param name="duration">A duration, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public void Add(Duration duration)
    {
        Preconditions.NonNegative(duration, nameof(duration));
        AddUnchecked(duration);
    }

    /// <summary>Adds every duration of <paramref name="durations"/>; nothing is added when one is invalid.</summary>
    /// <param name="durations">Durations, each zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative; the message names its index.</exception>
    public void Add(ReadOnlySpan<Duration> durations)
    {
        for (var i = 0; i < durations.Length; i++)
        {
            Preconditions.NonNegativeAt(durations[i], nameof(durations), i);
        }

        foreach (var duration in durations)
        {
            AddUnchecked(duration);
        }
    }

    /// <summary>Adds the summary of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">Another accumulator.</param>
    /// <exception cref="OverflowException">The merged count would exceed <see cref="long.MaxValue"/> durations; nothing is merged.</exception>
    public void Merge(in DurationAccumulator other)
    {
        if (other._count == 0)
        {
            return;
        }

        _ = checked(_count + other._count);

        _minimum = _count == 0 ? other._minimum : Duration.Min(_minimum, other._minimum);

        // An empty accumulator's maximum is zero and no duration is negative, so the maximum needs no empty case.
        _maximum = Duration.Max(_maximum, other._maximum);
        _count += other._count;
        _total += other._total;
    }

    private void AddUnchecked(Duration duration)
    {
        _minimum = _count == 0 ? duration : Duration.Min(_minimum, duration);
        _maximum = Duration.Max(_maximum, duration);
        _count++;
        _total += DurationMath.Nanoseconds(duration);
    }
}
