// The slow day-by-day path: the days it reads around a stretch, the one-offset mapping, and breaks at window edges.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class ExactWindowsEdgeTests
{
    private static long Utc(int year, int month, int day, int hour, int minute = 0) =>
        TimeScale.ToNanoseconds(Instant.FromUtc(year, month, day, hour, minute));

    private static long Day(int year, int month, int day) => TimeScale.DayNumber(new LocalDate(year, month, day));

    private static ZoneResolver Resolver(DateTimeZone zone) => new(zone, Utc(2025, 1, 1, 0), Utc(2028, 1, 1, 0));

    private static BusinessCalendarBuilder AllDay(DateTimeZone zone)
    {
        var builder = new BusinessCalendarBuilder(zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddWindow(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        return builder;
    }

    private static List<(long Start, long End)> Fill(ExactWindows windows, long from, long to, bool shifts)
    {
        var result = new List<(long Start, long End)>();
        windows.Fill(from, to, shifts, result, []);
        return result;
    }

    [Fact]
    public void The_local_day_of_the_stretch_end_is_read_even_when_it_is_a_day_ahead_of_utc()
    {
        // Kiritimati is UTC+14: Wednesday 11:00 UTC is Thursday 01:00 local, and Thursday's whole-day window opens on
        // Wednesday 10:00 UTC, inside the stretch.
        var zone = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"];
        var windows = new ExactWindows(AllDay(zone).Build().Definition, Resolver(zone), Day(2026, 2, 27), Day(2026, 3, 6));
        var from = Utc(2026, 3, 2, 0);
        var to = Utc(2026, 3, 4, 11);
        Assert.Equal(new[] { (from, to) }, Fill(windows, from, to, shifts: false));
        Assert.Equal(new[] { (from, to) }, Fill(windows, from, to, shifts: true));
    }

    [Fact]
    public void Without_shifts_one_offset_maps_the_whole_stretch_and_with_shifts_each_bound_is_resolved()
    {
        // Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29. With shifts off, the offset at the stretch start maps
        // Monday 30 March too (08:00-16:00 UTC); resolved, that Monday is 07:00-15:00 UTC.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var definition = new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build().Definition;
        var windows = new ExactWindows(definition, Resolver(zone), Day(2026, 3, 27), Day(2026, 3, 31));
        var from = Utc(2026, 3, 27, 0);
        var to = Utc(2026, 3, 31, 0);
        Assert.Equal(new[] { (Utc(2026, 3, 27, 8), Utc(2026, 3, 27, 16)), (Utc(2026, 3, 30, 8), Utc(2026, 3, 30, 16)) }, Fill(windows, from, to, shifts: false));
        Assert.Equal(new[] { (Utc(2026, 3, 27, 8), Utc(2026, 3, 27, 16)), (Utc(2026, 3, 30, 7), Utc(2026, 3, 30, 15)) }, Fill(windows, from, to, shifts: true));
    }

    [Fact]
    public void Breaks_at_a_window_start_or_end_leave_no_empty_interval()
    {
        var definition = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddBreak(new LocalDateTime(2026, 3, 2, 9, 0), new LocalDateTime(2026, 3, 2, 10, 0))
            .AddBreak(new LocalDateTime(2026, 3, 2, 16, 0), new LocalDateTime(2026, 3, 2, 17, 0))
            .Build().Definition;
        var windows = new ExactWindows(definition, Resolver(DateTimeZone.Utc), Day(2026, 3, 2), Day(2026, 3, 3));
        Assert.Equal(new[] { (Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 16)) }, Fill(windows, Utc(2026, 3, 2, 0), Utc(2026, 3, 3, 0), shifts: false));
    }

    [Fact]
    public void Breaks_ending_on_the_first_day_or_starting_on_the_last_day_are_kept()
    {
        var definition = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddBreak(new LocalDateTime(2026, 3, 1, 23, 0), new LocalDateTime(2026, 3, 2, 10, 0))
            .AddBreak(new LocalDateTime(2026, 3, 6, 16, 0), new LocalDateTime(2026, 3, 6, 18, 0))
            .Build().Definition;
        var windows = new ExactWindows(definition, Resolver(DateTimeZone.Utc), Day(2026, 3, 2), Day(2026, 3, 6));
        Assert.Equal(
            new[]
            {
                (Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 17)),
                (Utc(2026, 3, 3, 9), Utc(2026, 3, 3, 17)),
                (Utc(2026, 3, 4, 9), Utc(2026, 3, 4, 17)),
                (Utc(2026, 3, 5, 9), Utc(2026, 3, 5, 17)),
                (Utc(2026, 3, 6, 9), Utc(2026, 3, 6, 16)),
            },
            Fill(windows, Utc(2026, 3, 2, 0), Utc(2026, 3, 7, 0), shifts: false));
    }

    [Fact]
    public void A_break_on_the_local_day_after_the_last_one_still_cuts_the_utc_stretch()
    {
        // UTC+14: local Saturday 7 March 01:00-02:00 is Friday 6 March 11:00-12:00 UTC.
        var zone = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"];
        var definition = AllDay(zone).AddBreak(new LocalDateTime(2026, 3, 7, 1, 0), new LocalDateTime(2026, 3, 7, 2, 0)).Build().Definition;
        var windows = new ExactWindows(definition, Resolver(zone), Day(2026, 3, 2), Day(2026, 3, 6));
        Assert.Equal(
            new[] { (Utc(2026, 3, 6, 0), Utc(2026, 3, 6, 11)), (Utc(2026, 3, 6, 12), Utc(2026, 3, 7, 0)) },
            Fill(windows, Utc(2026, 3, 6, 0), Utc(2026, 3, 7, 0), shifts: false));
    }

    [Fact]
    public void A_break_on_the_local_day_before_the_first_one_still_cuts_the_utc_stretch()
    {
        // UTC−12: local Sunday 1 March 22:00-23:00 is Monday 2 March 10:00-11:00 UTC.
        var zone = DateTimeZoneProviders.Tzdb["Etc/GMT+12"];
        var definition = AllDay(zone).AddBreak(new LocalDateTime(2026, 3, 1, 22, 0), new LocalDateTime(2026, 3, 1, 23, 0)).Build().Definition;
        var windows = new ExactWindows(definition, Resolver(zone), Day(2026, 3, 2), Day(2026, 3, 6));
        Assert.Equal(
            new[] { (Utc(2026, 3, 2, 0), Utc(2026, 3, 2, 10)), (Utc(2026, 3, 2, 11), Utc(2026, 3, 3, 0)) },
            Fill(windows, Utc(2026, 3, 2, 0), Utc(2026, 3, 3, 0), shifts: false));
    }

    [Fact]
    public void A_break_inside_a_spring_forward_gap_is_empty_and_splits_nothing()
    {
        // Berlin skips 02:00-03:00 on 2026-03-29; both ends of the break resolve to 03:00 local (01:00 UTC).
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var definition = AllDay(zone).AddBreak(new LocalDateTime(2026, 3, 29, 2, 0), new LocalDateTime(2026, 3, 29, 3, 0)).Build().Definition;
        var windows = new ExactWindows(definition, Resolver(zone), Day(2026, 3, 28), Day(2026, 3, 30));
        Assert.Equal(new[] { (Utc(2026, 3, 28, 12), Utc(2026, 3, 29, 12)) }, Fill(windows, Utc(2026, 3, 28, 12), Utc(2026, 3, 29, 12), shifts: true));
    }
}
