// Run-time closures such as an SLA clock's pauses: sorted, non-overlapping instant intervals excluded like breaks.
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// A set of half-open <c>[start, end)</c> instant intervals that business-time arithmetic skips exactly like the
/// calendar's breaks — typically the pauses of an SLA clock — without rebuilding the calendar.
/// </summary>
/// <remarks>
/// The intervals are bounded, sorted by start and do not overlap (touching is allowed); empty intervals are dropped.
/// Build one with <see cref="FromSorted"/> (validates, O(n)) or <see cref="FromUnsorted"/> (sorts and merges).
/// The set copies its input, is immutable and safe to share between threads; <c>default</c> is the empty set.
/// </remarks>
public readonly struct ExclusionSet : IEquatable<ExclusionSet>
{
    private static readonly Instant MinNanosecondInstant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MinValue);
    private static readonly Instant MaxNanosecondInstant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MaxValue);

    private readonly Interval[]? _intervals;
    private readonly (long Start, long End)[]? _bounds;

    private ExclusionSet(Interval[] intervals)
    {
        _intervals = intervals;
        _bounds = new (long Start, long End)[intervals.Length];
        for (var i = 0; i < intervals.Length; i++)
        {
            _bounds[i] = (Clamp(intervals[i].Start), Clamp(intervals[i].End));
        }
    }

    /// <summary>Gets the empty set (the same as <c>default</c>).</summary>
    public static ExclusionSet Empty => default;

    /// <summary>Gets the intervals, sorted by start and non-overlapping.</summary>
    public ReadOnlySpan<Interval> Intervals => _intervals;

    /// <summary>Gets the number of intervals.</summary>
    public int Count => _intervals?.Length ?? 0;

    /// <summary>Gets whether the set holds no interval.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The intervals as positions of a <see cref="BusinessTimeline"/> (ns since the Unix epoch), clamped to the long range.</summary>
    internal ReadOnlySpan<(long Start, long End)> Bounds => _bounds;

    /// <summary>Creates a set from intervals already sorted by start and not overlapping (touching is allowed).</summary>
    /// <param name="intervals">Bounded intervals; empty ones (start == end) are dropped.</param>
    /// <returns>A set holding a copy of the non-empty intervals.</returns>
    /// <exception cref="ArgumentException">An interval has no start or no end, or an interval starts before the end of
    /// the previous one; the message names its index.</exception>
    public static ExclusionSet FromSorted(params ReadOnlySpan<Interval> intervals)
    {
        var kept = new List<Interval>(intervals.Length);
        for (var i = 0; i < intervals.Length; i++)
        {
            var interval = intervals[i];
            RequireBounded(interval, i);
            if (i > 0 && interval.Start < intervals[i - 1].End)
            {
                Preconditions.ThrowArgument(nameof(intervals),
                    $"intervals[{i}] ({interval}) starts before the end of intervals[{i - 1}] ({intervals[i - 1]}); exclusions must be sorted by start and must not overlap (use FromUnsorted to sort and merge them).");
            }

            if (interval.Start < interval.End)
            {
                kept.Add(interval);
            }
        }

        return kept.Count == 0 ? default : new ExclusionSet([.. kept]);
    }

    /// <summary>Creates a set from intervals in any order, merging overlapping and touching ones.</summary>
    /// <param name="intervals">Bounded intervals; empty ones are dropped.</param>
    /// <returns>The sorted, merged set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    /// <exception cref="ArgumentException">An interval has no start or no end; the message names its index.</exception>
    public static ExclusionSet FromUnsorted(IEnumerable<Interval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var list = intervals.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            RequireBounded(list[i], i);
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Interval>(list.Count);
        foreach (var interval in list)
        {
            if (interval.Start == interval.End)
            {
                continue;
            }

            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new Interval(last.Start, Instant.Max(last.End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged.Count == 0 ? default : new ExclusionSet([.. merged]);
    }

    /// <inheritdoc />
    public bool Equals(ExclusionSet other) => Intervals.SequenceEqual(other.Intervals);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExclusionSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var interval in Intervals)
        {
            hash.Add(interval);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two sets interval by interval.</summary>
    public static bool operator ==(ExclusionSet left, ExclusionSet right) => left.Equals(right);

    /// <summary>Compares two sets interval by interval.</summary>
    public static bool operator !=(ExclusionSet left, ExclusionSet right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Count == 0 ? "{}" : "{" + string.Join(", ", _intervals!) + "}";

    private static void RequireBounded(Interval interval, int index)
    {
        if (!interval.HasStart || !interval.HasEnd)
        {
            Preconditions.ThrowArgument("intervals", $"intervals[{index}] ({interval}) is unbounded; an exclusion needs both a start and an end.");
        }
    }

    // Instants beyond the long range (years before 1678 or after 2261, far outside any calendar's horizon) only need to stay ordered.
    private static long Clamp(Instant instant) =>
        instant <= MinNanosecondInstant ? long.MinValue : instant >= MaxNanosecondInstant ? long.MaxValue : BusinessTimeline.ToPosition(instant);
}
