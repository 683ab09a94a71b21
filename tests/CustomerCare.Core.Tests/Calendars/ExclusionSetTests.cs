// The run-time exclusions (SLA pauses): validation, merging and equality.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class ExclusionSetTests
{
    private static Interval I(int fromHour, int toHour) => new(Instant.FromUtc(2026, 11, 25, fromHour, 0), Instant.FromUtc(2026, 11, 25, toHour, 0));

    [Fact]
    public void Default_is_the_empty_set()
    {
        Assert.True(default(ExclusionSet).IsEmpty);
        Assert.Equal(ExclusionSet.Empty, ExclusionSet.FromSorted());
        Assert.Equal(0, ExclusionSet.Empty.Count);
        Assert.Equal("{}", ExclusionSet.Empty.ToString());
    }

    [Fact]
    public void Sorted_touching_intervals_are_accepted_and_empty_ones_dropped()
    {
        var set = ExclusionSet.FromSorted(I(8, 9), I(9, 10), I(11, 11), I(12, 13));
        Assert.Equal(3, set.Count);
        Assert.Equal(I(12, 13), set.Intervals[2]);
    }

    [Fact]
    public void Unsorted_or_overlapping_intervals_are_rejected_naming_the_index()
    {
        var unsorted = Assert.Throws<ArgumentException>(() => ExclusionSet.FromSorted(I(10, 11), I(8, 9)));
        Assert.Equal("intervals", unsorted.ParamName);
        Assert.Contains("intervals[1]", unsorted.Message, StringComparison.Ordinal);
        var overlapping = Assert.Throws<ArgumentException>(() => ExclusionSet.FromSorted(I(8, 10), I(9, 11)));
        Assert.Contains("must not overlap", overlapping.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_intervals_are_rejected_naming_the_index()
    {
        var open = new Interval(Instant.FromUtc(2026, 11, 25, 8, 0), null);
        var ex = Assert.Throws<ArgumentException>(() => ExclusionSet.FromSorted(I(1, 2), open));
        Assert.Contains("intervals[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unbounded", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ExclusionSet.FromUnsorted([open]));
        Assert.Throws<ArgumentNullException>(() => ExclusionSet.FromUnsorted(null!));
    }

    [Fact]
    public void Unsorted_input_is_sorted_and_merged()
    {
        var set = ExclusionSet.FromUnsorted([I(12, 13), I(8, 10), I(9, 11), I(11, 12), I(14, 14)]);
        Assert.Equal(ExclusionSet.FromSorted(I(8, 13)), set);
        Assert.True(set == ExclusionSet.FromSorted(I(8, 13)));
        Assert.False(set != ExclusionSet.FromSorted(I(8, 13)));
        Assert.Equal(ExclusionSet.FromSorted(I(8, 13)).GetHashCode(), set.GetHashCode());
        Assert.NotEqual(ExclusionSet.Empty, set);
    }
}
