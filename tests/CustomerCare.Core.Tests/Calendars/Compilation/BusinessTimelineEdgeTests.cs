// Edges of the business timeline itself: its origin, the size of a short horizon, chunk edges in negative-offset zones, the horizon's end and the skip of a 24/7 calendar to a holiday just past a chunk.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class BusinessTimelineEdgeTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static long Utc(int year, int month, int day, int hour = 0) =>
        BusinessTimeline.ToPosition(Instant.FromUtc(year, month, day, hour, 0));

    private static long Hours(int hours) => hours * 3_600_000_000_000L;

    [Fact]
    public void F_counts_from_monday_2000_01_03_whichever_chunk_is_compiled_first()
    {
        // Weekdays 09–17 UTC, no holidays: every week is ordinary, so F(2000-01-03) = 0 and a week adds 40 h.
        var early = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build().BusinessTimeline;
        Assert.Equal(0, early.Cumulative(Utc(2000, 1, 3)));
        Assert.Equal(Hours(40), early.Cumulative(Utc(2000, 1, 10)));

        var late = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build().BusinessTimeline;
        // 2000-12-25 is 51 weeks (357 days) after 2000-01-03.
        Assert.Equal(Hours(40 * 51), late.Cumulative(Utc(2000, 12, 25)));
        Assert.Equal(0, late.Cumulative(Utc(2000, 1, 3)));
        Assert.Equal(-Hours(40), late.Cumulative(Utc(1999, 12, 27)));
    }

    [Fact]
    public void A_short_horizon_of_191_weeks_has_three_chunks_the_last_of_63_weeks()
    {
        // Dates 2026-01-05 (Monday, week W) to 2029-08-12 (Sunday; the next day is week W + 188): the timeline spans
        // weeks W − 1 to W + 190 (one week of padding before, two after), 191 weeks = 64 + 64 + 63.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var timeline = new BusinessTimeline(calendar.Definition, new LocalDate(2026, 1, 5), new LocalDate(2029, 8, 12));
        Assert.Equal(3, timeline.ChunkCount);
        Assert.Equal(64, timeline.ChunkAt(0).Count);
        Assert.Equal(64, timeline.ChunkAt(1).Count);
        Assert.Equal(63, timeline.ChunkAt(2).Count);
        Assert.Equal(Utc(2026, 1, 5), timeline.MinSupported);
        Assert.Equal(Utc(2029, 8, 20), timeline.EndSupported);
        Assert.True(timeline.HasOpenTime);
    }

    [Fact]
    public void An_instant_open_up_to_the_horizon_end_has_no_next_closing()
    {
        // Open Sunday 20:00–24:00: from Sunday 23:00 the calendar stays open to the horizon's end (Monday 00:00), where
        // nothing more is known.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(20, 0), LocalTime.Midnight)
            .Build();
        var timeline = new BusinessTimeline(calendar.Definition, new LocalDate(2026, 1, 5), new LocalDate(2029, 8, 12));
        Assert.Equal(Utc(2029, 8, 20), timeline.EndSupported);
        Assert.False(timeline.TryNextClosing(Utc(2029, 8, 19, 23), out _));
        Assert.True(timeline.TryNextClosing(Utc(2029, 8, 12, 23), out var closing));
        Assert.Equal(Utc(2029, 8, 13), closing);
    }

    [Fact]
    public void A_sunday_evening_in_new_york_lies_in_the_last_week_of_the_previous_chunk()
    {
        // Chunk 103 starts on Monday 2026-04-27. Sunday 2026-04-26 22:00 in New York (UTC−4) is already Monday 02:00 UTC,
        // so its UTC day guesses the new chunk and the lookup steps back into week 63 of chunk 102.
        var calendar = new BusinessCalendarBuilder(NewYork)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(20, 0), LocalTime.Midnight)
            .Build();
        var timeline = calendar.BusinessTimeline;
        var sundayEvening = Utc(2026, 4, 27, 2);
        Assert.Equal(102, timeline.ChunkIndexOf(sundayEvening));
        Assert.Equal(103, timeline.ChunkIndexOf(Utc(2026, 4, 27, 4)));
        Assert.True(timeline.IsOpen(sundayEvening));
        Assert.Equal(Hours(2), timeline.Cumulative(sundayEvening) - timeline.Cumulative(Utc(2026, 4, 27, 0)));
        Assert.Equal(
            Duration.FromHours(2),
            calendar.Elapsed(Instant.FromUtc(2026, 4, 27, 0, 0), Instant.FromUtc(2026, 4, 27, 2, 0)));
    }

    [Fact]
    public void An_always_open_calendar_closes_at_a_holiday_on_the_first_day_of_the_next_chunk()
    {
        // 24/7 in UTC with a holiday on Monday 2026-04-27, the first day of chunk 103: every week of chunk 102 is
        // ordinary, so the search skips past its end to the holiday.
        var builder = new BusinessCalendarBuilder(DateTimeZone.Utc);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddWindow(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        var timeline = builder.AddHoliday(new LocalDate(2026, 4, 27)).Build().BusinessTimeline;
        Assert.Equal(102, timeline.ChunkIndexOf(Utc(2026, 3, 2, 12)));
        Assert.Equal(64, timeline.ChunkAt(102).NextIrregular(0));
        Assert.True(timeline.TryNextClosing(Utc(2026, 3, 2, 12), out var closing));
        Assert.Equal(Utc(2026, 4, 27), closing);
        Assert.True(timeline.TryNextClosing(Utc(2026, 4, 26, 12), out closing));
        Assert.Equal(Utc(2026, 4, 27), closing);
    }

    [Fact]
    public void Building_does_not_compile_a_chunk_when_the_horizon_starts_and_ends_with_holidays()
    {
        // Holidays fill 1900–1902 and 2196–2199, the first and last chunks of the horizon; the weeks around 2000 are
        // ordinary, so the calendar is known to be open without compiling anything.
        var builder = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0));
        foreach (var year in new[] { 1900, 1901, 1902, 2196, 2197, 2198, 2199 })
        {
            builder.AddHolidays(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }

        var calendar = builder.Build();
        Assert.True(calendar.BusinessTimeline.HasOpenTime);
        Assert.Equal(0, calendar.BusinessTimeline.CompiledChunks);
        Assert.False(calendar.IsOpen(Instant.FromUtc(1901, 6, 4, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2000, 6, 6, 10, 0)));
    }
}
