// Duration summaries at their edges: each FromTotals rule with its message, both ends of every range, exact extremes and merge overflow.
using System.Globalization;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class DurationSummaryEdgeTests
{
    private const string TotalRule = "total must lie between count × minimum and count × maximum (zero, with zero minimum and maximum, when count is 0); it was ";
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void Negative_counts_and_durations_are_rejected_by_name()
    {
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(-1, Duration.Zero, Duration.Zero, Duration.Zero));
        Assert.Equal("count", count.ParamName);
        Assert.StartsWith("count must not be negative; it was -1.", count.Message, StringComparison.Ordinal);
        var total = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(0, -Hour, Duration.Zero, Duration.Zero));
        Assert.Equal("total", total.ParamName);
        Assert.StartsWith("total must not be negative; it was -0:01:00:00.", total.Message, StringComparison.Ordinal);
        var minimum = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(1, Hour, -Hour, Hour * 2));
        Assert.Equal("minimum", minimum.ParamName);
        Assert.StartsWith("minimum must not be negative; it was -0:01:00:00.", minimum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maximum_may_equal_the_minimum_but_not_fall_below_it()
    {
        var same = DurationSummary.FromTotals(2, Hour * 2, Hour, Hour);
        Assert.True(same.TryGetMean(out var mean));
        Assert.Equal(Hour, mean);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(1, Hour, Hour * 2, Hour));
        Assert.Equal("maximum", below.ParamName);
        Assert.StartsWith("maximum must not be below minimum (0:02:00:00); it was 0:01:00:00.", below.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_may_reach_count_times_minimum_and_count_times_maximum_but_not_a_nanosecond_beyond()
    {
        // Two durations of 1 h to 3 h add up to 2 h at least and 6 h at most.
        Assert.Equal(Hour * 2, DurationSummary.FromTotals(2, Hour * 2, Hour, Hour * 3).Total);
        Assert.Equal(Hour * 6, DurationSummary.FromTotals(2, Hour * 6, Hour, Hour * 3).Total);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(2, (Hour * 2) - Duration.Epsilon, Hour, Hour * 3));
        Assert.Equal("total", below.ParamName);
        Assert.StartsWith(TotalRule + "0:01:59:59.999999999.", below.Message, StringComparison.Ordinal);
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(2, (Hour * 6) + Duration.Epsilon, Hour, Hour * 3));
        Assert.StartsWith(TotalRule + "0:06:00:00.000000001.", above.Message, StringComparison.Ordinal);

        // Two durations of exactly 1 h cannot add up to 90 min (count ÷ minimum instead of count × minimum would allow it).
        var between = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(2, Duration.FromMinutes(90), Hour, Hour));
        Assert.StartsWith(TotalRule + "0:01:30:00.", between.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_durations_means_zero_total_and_zero_extremes()
    {
        Assert.Equal(default, DurationSummary.FromTotals(0, Duration.Zero, Duration.Zero, Duration.Zero));
        var maximum = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(0, Duration.Zero, Duration.Zero, Hour));
        Assert.Equal("total", maximum.ParamName);
        Assert.StartsWith(TotalRule + "0:00:00:00.", maximum.Message, StringComparison.Ordinal);
        var total = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(0, Hour, Duration.Zero, Duration.Zero));
        Assert.StartsWith(TotalRule + "0:01:00:00.", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_of_exactly_the_largest_duration_is_exact_and_one_nanosecond_more_overflows()
    {
        var max = Duration.MaxValue;
        var summary = DurationSummary.FromTotals(1, max, max, max);
        Assert.Equal(max, summary.Total);
        Assert.True(summary.TryGetMean(out var mean));
        Assert.Equal(max, mean);

        var accumulator = default(DurationAccumulator);
        accumulator.Add(max);
        accumulator.Add(Duration.Epsilon);
        var ex = Assert.Throws<OverflowException>(() => accumulator.Result.Total);
        Assert.Equal("The total of 1449551462400000000000 ns exceeds the range of NodaTime Duration (about 45,000 years); read the mean instead, which is exact.", ex.Message);
        Assert.True(accumulator.Result.TryGetMean(out var half));
        Assert.Equal(Duration.FromDays(8_388_608), half); // 2²⁴ days over two durations
    }

    [Fact]
    public void Nanoseconds_of_either_sign_convert_back_exactly()
    {
        Assert.Equal(-Duration.Epsilon, DurationMath.FromNanoseconds(-1));
        Assert.Equal(-(Duration.FromDays(1) + Duration.Epsilon), DurationMath.FromNanoseconds(-86_400_000_000_001));
        Assert.Equal(Duration.FromDays(1) + Duration.Epsilon, DurationMath.FromNanoseconds(86_400_000_000_001));
        foreach (var duration in new[] { Duration.MinValue, Duration.MinValue + Duration.Epsilon, Duration.MaxValue, -Hour })
        {
            Assert.Equal(duration, DurationMath.FromNanoseconds(DurationMath.Nanoseconds(duration)));
        }
    }

    [Fact]
    public void Accumulator_keeps_the_extremes_whatever_the_order_and_from_an_empty_start()
    {
        var rising = default(DurationAccumulator);
        rising.Add([Duration.FromSeconds(5), Duration.FromSeconds(9)]);
        var falling = default(DurationAccumulator);
        falling.Add(Duration.FromSeconds(9));
        falling.Add(Duration.FromSeconds(5));
        Assert.Equal(rising.Result, falling.Result);
        Assert.Equal(Duration.FromSeconds(5), falling.Result.Minimum);
        Assert.Equal(Duration.FromSeconds(9), falling.Result.Maximum);

        var empty = default(DurationAccumulator);
        empty.Merge(falling);
        Assert.Equal(falling.Result, empty.Result);

        var inner = default(DurationAccumulator);
        inner.Add(Duration.FromSeconds(7));
        var outer = falling;
        outer.Merge(inner);
        inner.Merge(falling);
        Assert.Equal(outer.Result, inner.Result);
        Assert.Equal("mean 7 s (n = 3, min 5 s, max 9 s)", outer.Result.ToString(CultureInfo.InvariantCulture));

        var zero = default(DurationAccumulator);
        zero.Add(Duration.Zero);
        zero.Add(Duration.FromSeconds(3));
        Assert.Equal("mean 1.5 s (n = 2, min 0 s, max 3 s)", zero.Result.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Merging_beyond_long_max_value_durations_throws_and_merges_nothing()
    {
        var accumulator = default(DurationAccumulator);
        accumulator.Add(Duration.FromSeconds(1));
        for (var i = 0; i < 62; i++)
        {
            var copy = accumulator;
            accumulator.Merge(copy);
        }

        Assert.Equal(1L << 62, accumulator.Count);
        var before = accumulator.Result;
        var same = accumulator;
        Assert.Throws<OverflowException>(() => accumulator.Merge(same));
        Assert.Equal(before, accumulator.Result);
    }
}
