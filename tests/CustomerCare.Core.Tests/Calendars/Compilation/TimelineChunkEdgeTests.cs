// One compiled chunk probed directly: its rate of weeks per business nanosecond and its irregular weeks.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class TimelineChunkEdgeTests
{
    // Chunk 103 of the horizon runs from Monday 2026-04-27 to Sunday 2027-07-18 (64 weeks).
    private static BusinessCalendarBuilder Daily() => ChunkEdgeTests.Daily();

    [Fact]
    public void An_open_chunk_has_its_weeks_over_its_business_time_as_rate()
    {
        var chunk = Daily().Build().BusinessTimeline.ChunkAt(103);
        var total = 64 * 56 * 3_600_000_000_000L;
        Assert.Equal(total, chunk.Total);
        Assert.Equal(64 / (double)total, chunk.WeeksPerNanosecond);
        Assert.Equal(BusinessTimeline.ToPosition(Instant.FromUtc(2026, 4, 27, 0, 0)), chunk.Start);
    }

    [Fact]
    public void A_chunk_closed_by_holidays_has_rate_zero()
    {
        var chunk = Daily()
            .AddHolidays(new LocalDate(2026, 4, 27), new LocalDate(2027, 4, 26))
            .AddHolidays(new LocalDate(2027, 4, 27), new LocalDate(2027, 7, 18))
            .Build().BusinessTimeline.ChunkAt(103);
        Assert.Equal(0, chunk.Total);
        Assert.Equal(0.0, chunk.WeeksPerNanosecond);
    }

    [Fact]
    public void Irregular_weeks_are_found_from_any_week()
    {
        // Holidays on Monday 2026-04-27 (week 0) and Monday 2026-06-01 (week 5).
        var chunk = Daily().AddHoliday(new LocalDate(2026, 4, 27)).AddHoliday(new LocalDate(2026, 6, 1)).Build().BusinessTimeline.ChunkAt(103);
        Assert.Equal(64, chunk.Count);
        Assert.True(chunk.IsIrregular(0));
        Assert.False(chunk.IsIrregular(1));
        Assert.False(chunk.IsIrregular(4));
        Assert.True(chunk.IsIrregular(5));
        Assert.False(chunk.IsIrregular(6));
        Assert.False(chunk.IsIrregular(63));
        Assert.Equal(0, chunk.NextIrregular(0));
        Assert.Equal(5, chunk.NextIrregular(1));
        Assert.Equal(5, chunk.NextIrregular(5));
        Assert.Equal(64, chunk.NextIrregular(6));
        Assert.Equal(64, chunk.NextIrregular(63));
        Assert.Equal(64, chunk.NextIrregular(64));
    }

    [Fact]
    public void A_chunk_whose_last_week_is_irregular_reports_it_next()
    {
        // A holiday on Sunday 2027-07-18, the last day of week 63.
        var chunk = Daily().AddHoliday(new LocalDate(2027, 7, 18)).Build().BusinessTimeline.ChunkAt(103);
        Assert.True(chunk.IsIrregular(63));
        Assert.Equal(63, chunk.NextIrregular(0));
        Assert.Equal(63, chunk.NextIrregular(63));
        Assert.Equal(64, chunk.NextIrregular(64));
        Assert.Equal(56 * 3_600_000_000_000L * 63, chunk.CumulativeAt(63));
        Assert.Equal(chunk.CumulativeAt(63) + (48 * 3_600_000_000_000L), chunk.Total);
    }
}
