// Response times: exact means over all responses, summaries that merge, and rejected negative durations.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.Service;

public sealed class ResponseTimesTests
{
    [Fact]
    public void Average_response_time_weighs_every_response_not_every_ticket()
    {
        // Ticket A: replies after 10 and 20 min; ticket B: one reply after 90 min.
        // Over responses: (10 + 20 + 90) / 3 = 40 min. A mean of per-ticket means would say (15 + 90) / 2 = 52.5 min.
        var summary = ResponseTimes.Calculate([Duration.FromMinutes(10), Duration.FromMinutes(20), Duration.FromMinutes(90)]);
        Assert.True(summary.TryGetMean(out var mean));
        Assert.Equal(Duration.FromMinutes(40), mean);
        Assert.Equal(Duration.FromMinutes(10), summary.Minimum);
        Assert.Equal(Duration.FromMinutes(90), summary.Maximum);
        Assert.Equal(3, summary.Count);
    }

    [Fact]
    public void First_response_time_from_instants()
    {
        var created = Instant.FromUtc(2026, 11, 23, 8, 0);
        Assert.Equal(Duration.FromMinutes(42), ResponseTimes.Between(created, created + Duration.FromMinutes(42)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ResponseTimes.Between(created, created - Duration.FromSeconds(1)));
        Assert.Equal("responded", ex.ParamName);
        Assert.Contains("before created", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_is_undefined_and_merging_keeps_minimum_and_maximum()
    {
        Assert.False(ResponseTimes.Calculate([]).TryGetMean(out _));
        var a = default(DurationAccumulator);
        a.Add(Duration.FromSeconds(5));
        var b = default(DurationAccumulator);
        b.Add([Duration.FromSeconds(1), Duration.FromSeconds(9)]);
        var empty = default(DurationAccumulator);
        a.Merge(empty);
        empty.Merge(a);
        empty.Merge(b);
        Assert.Equal(ResponseTimes.Calculate([Duration.FromSeconds(5), Duration.FromSeconds(1), Duration.FromSeconds(9)]), empty.Result);
        Assert.Equal(3, empty.Count);
    }

    [Fact]
    public void Means_of_totals_beyond_the_range_of_long_nanoseconds_stay_exact()
    {
        // 400 years of total wait (more than 2^63 ns) over 2 responses = 200 years each.
        var accumulator = default(DurationAccumulator);
        accumulator.Add(Duration.FromDays(73_000));
        accumulator.Add(Duration.FromDays(73_000));
        Assert.True(accumulator.Result.TryGetMean(out var mean));
        Assert.Equal(Duration.FromDays(73_000), mean);
    }

    [Fact]
    public void Totals_beyond_the_range_of_duration_keep_an_exact_mean()
    {
        // 64 × 300,000 days = 19.2 million days, beyond Duration's ±16.7 million: the mean is still exact.
        var accumulator = default(DurationAccumulator);
        for (var i = 0; i < 64; i++)
        {
            accumulator.Add(Duration.FromDays(300_000));
        }

        var summary = accumulator.Result;
        Assert.True(summary.TryGetMean(out var mean));
        Assert.Equal(Duration.FromDays(300_000), mean);
        var ex = Assert.Throws<OverflowException>(() => summary.Total);
        Assert.Contains("exceeds the range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_durations_are_rejected_and_nothing_allocates()
    {
        var accumulator = default(DurationAccumulator);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(Duration.FromSeconds(-1))).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([Duration.Zero, Duration.FromSeconds(-2)]));
        Assert.Contains("durations[1]", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, accumulator.Count);
        var durations = new[] { Duration.FromSeconds(3), Duration.FromSeconds(4) };
        AllocationAssert.NoAllocations(() => ResponseTimes.Calculate(durations));
    }
}
