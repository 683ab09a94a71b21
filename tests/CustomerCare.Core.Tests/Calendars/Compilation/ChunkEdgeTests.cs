// Holidays and breaks on the first and last days of a 64-week compilation chunk are still found.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class ChunkEdgeTests
{
    // The horizon's first chunk starts on Monday 1899-12-25; chunk 103 runs from Monday 2026-04-27 to Sunday 2027-07-18
    // (64 × 7 = 448 days), chunk 102 ends on Sunday 2026-04-26.
    // A UTC calendar open 09:00–17:00 every day of the week (also used by TimelineChunkEdgeTests).
    internal static BusinessCalendarBuilder Daily()
    {
        var builder = new BusinessCalendarBuilder(DateTimeZone.Utc);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddWindow(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        return builder;
    }

    [Fact]
    public void Holidays_on_the_first_days_of_a_chunk_close_them()
    {
        var calendar = Daily().AddHoliday(new LocalDate(2026, 4, 27)).AddHoliday(new LocalDate(2026, 4, 28)).Build();
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 4, 27, 10, 0)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 4, 28, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 4, 29, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 4, 26, 10, 0)));
    }

    [Fact]
    public void A_holiday_on_the_last_day_of_a_chunk_closes_it()
    {
        var calendar = Daily().AddHoliday(new LocalDate(2027, 7, 18)).AddHoliday(new LocalDate(2026, 4, 26)).Build();
        Assert.False(calendar.IsOpen(Instant.FromUtc(2027, 7, 18, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2027, 7, 17, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2027, 7, 19, 10, 0)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 4, 26, 10, 0)));
    }

    [Fact]
    public void A_break_on_the_last_day_of_a_chunk_closes_it()
    {
        var calendar = Daily()
            .AddBreak(new LocalDateTime(2026, 4, 26, 10, 0), new LocalDateTime(2026, 4, 26, 11, 0))
            .AddBreak(new LocalDateTime(2027, 7, 18, 10, 0), new LocalDateTime(2027, 7, 18, 11, 0))
            .Build();
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 4, 26, 10, 30)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 4, 26, 11, 0)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2027, 7, 18, 10, 30)));
        // 8 h − 1 h on the break day.
        Assert.Equal(Duration.FromHours(7), calendar.Elapsed(Instant.FromUtc(2026, 4, 26, 0, 0), Instant.FromUtc(2026, 4, 27, 0, 0)));
    }

    [Fact]
    public void Lower_bound_finds_an_exact_match_at_the_first_index()
    {
        var dates = new[] { new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 1) };
        Assert.Equal(0, IrregularWeekFinder.LowerBound(dates, new LocalDate(2026, 1, 1)));
        Assert.Equal(1, IrregularWeekFinder.LowerBound(dates, new LocalDate(2026, 6, 1)));
        Assert.Equal(0, IrregularWeekFinder.LowerBound(dates, new LocalDate(2025, 1, 1)));
        Assert.Equal(1, IrregularWeekFinder.LowerBound(dates, new LocalDate(2026, 1, 2)));
        Assert.Equal(2, IrregularWeekFinder.LowerBound(dates, new LocalDate(2026, 6, 2)));
    }
}
