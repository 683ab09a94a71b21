// Exclusion sets word for word: validation messages, text, hashing, and instants beyond the 64-bit nanosecond range.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class ExclusionSetEdgeTests
{
    private static Interval I(int fromHour, int toHour) => new(Instant.FromUtc(2026, 11, 25, fromHour, 0), Instant.FromUtc(2026, 11, 25, toHour, 0));

    [Fact]
    public void An_overlap_names_both_indices_and_both_intervals()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExclusionSet.FromSorted(I(8, 10), I(9, 11), I(12, 13)));
        Assert.Equal("intervals", ex.ParamName);
        Assert.StartsWith("intervals[1] (2026-11-25T09:00:00Z/2026-11-25T11:00:00Z) starts before the end of intervals[0] (2026-11-25T08:00:00Z/2026-11-25T10:00:00Z); exclusions must be sorted by start and must not overlap (use FromUnsorted to sort and merge them).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbounded_interval_names_its_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExclusionSet.FromSorted(I(8, 9), new Interval(Instant.FromUtc(2026, 11, 25, 10, 0), null)));
        Assert.Equal("intervals", ex.ParamName);
        Assert.StartsWith("intervals[1] (", ex.Message, StringComparison.Ordinal);
        Assert.Contains(") is unbounded; an exclusion needs both a start and an end.", ex.Message, StringComparison.Ordinal);
        var unsorted = Assert.Throws<ArgumentException>(() => ExclusionSet.FromUnsorted([new Interval(null, Instant.FromUtc(2026, 11, 25, 10, 0))]));
        Assert.Equal("intervals", unsorted.ParamName);
    }

    [Fact]
    public void From_unsorted_rejects_null_by_name()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ExclusionSet.FromUnsorted(null!));
        Assert.Equal("intervals", ex.ParamName);
    }

    [Fact]
    public void To_string_lists_the_intervals()
    {
        Assert.Equal("{2026-11-25T08:00:00Z/2026-11-25T09:00:00Z, 2026-11-25T10:00:00Z/2026-11-25T11:00:00Z}", ExclusionSet.FromSorted(I(8, 9), I(10, 11)).ToString());
        Assert.Equal("{2026-11-25T08:00:00Z/2026-11-25T09:00:00Z}", ExclusionSet.FromUnsorted([I(8, 9)]).ToString());
    }

    [Fact]
    public void Different_sets_hash_differently_and_equal_sets_alike()
    {
        var a = ExclusionSet.FromSorted(I(8, 9));
        var b = ExclusionSet.FromSorted(I(8, 10));
        Assert.NotEqual(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), ExclusionSet.FromSorted(I(8, 9), I(10, 11)).GetHashCode());
        Assert.Equal(a.GetHashCode(), ExclusionSet.FromUnsorted([I(8, 9)]).GetHashCode());
    }

    [Fact]
    public void Instants_beyond_the_nanosecond_range_clamp_to_its_ends()
    {
        // 1500 and 2300 lie outside the ±292 years around 1970 that a long counts in nanoseconds.
        var everything = ExclusionSet.FromSorted(new Interval(Instant.FromUtc(1500, 1, 1, 0, 0), Instant.FromUtc(2300, 1, 1, 0, 0)));
        Assert.Equal((long.MinValue, long.MaxValue), everything.Bounds[0]);

        var calendar = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Assert.Equal(Duration.Zero, calendar.Elapsed(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0), everything));
        Assert.Null(calendar.NextOpening(Instant.FromUtc(2026, 1, 1, 0, 0), everything));

        var early = ExclusionSet.FromSorted(new Interval(Instant.FromUtc(1500, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 1, 0), calendar.Add(calendar.MinInstant, Duration.FromHours(1), early));
        var late = ExclusionSet.FromSorted(new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2300, 1, 1, 0, 0)));
        Assert.Equal(Duration.FromHours(24), calendar.Elapsed(Instant.FromUtc(2025, 12, 31, 0, 0), Instant.FromUtc(2199, 1, 1, 0, 0), late));
    }
}
