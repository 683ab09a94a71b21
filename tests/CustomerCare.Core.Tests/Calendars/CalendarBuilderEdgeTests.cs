// The builder and its compiled definition at their edges: horizon dates, range lengths, yearly ranges over 29 February,
// window bounds, the order of what is stored, the closure search and the overnight warning.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class CalendarBuilderEdgeTests
{
    private const long Hour = 3_600_000_000_000L;
    private const long Day = 24 * Hour;

    private static BusinessCalendarBuilder Weekdays() =>
        new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0));

    [Fact]
    public void Both_ends_of_the_horizon_are_valid_holidays_and_the_days_beyond_are_not()
    {
        var calendar = Weekdays().AddHoliday(new LocalDate(1900, 1, 1)).AddHoliday(new LocalDate(2199, 12, 31))
            .AddBreak(new LocalDateTime(1900, 1, 1, 0, 0), new LocalDateTime(1900, 1, 1, 1, 0)).Build();
        Assert.Equal(new[] { new LocalDate(1900, 1, 1), new LocalDate(2199, 12, 31) }, calendar.Definition.Holidays);

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => Weekdays().AddHoliday(new LocalDate(1899, 12, 31)));
        Assert.Equal("date", early.ParamName);
        Assert.StartsWith("date must lie within the calendar's horizon (1900-01-01 to 2199-12-31); it was 1899-12-31.", early.Message, StringComparison.Ordinal);
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => Weekdays().AddHolidays(new LocalDate(2199, 12, 30), new LocalDate(2200, 1, 1)));
        Assert.Equal("to", late.ParamName);
        Assert.StartsWith("to must lie within the calendar's horizon (1900-01-01 to 2199-12-31); it was 2200-01-01.", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_range_may_be_one_day_or_366_days_long()
    {
        var one = Weekdays().AddHolidays(new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 24)).Build();
        Assert.Equal(new[] { new LocalDate(2026, 12, 24) }, one.Definition.Holidays);

        // 2026-01-01 to 2027-01-02 is 366 days apart: 367 dates.
        var year = Weekdays().AddHolidays(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 2)).Build();
        Assert.Equal(367, year.Definition.Holidays.Length);

        var ex = Assert.Throws<ArgumentException>(() => Weekdays().AddHolidays(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 3)));
        Assert.Equal("to", ex.ParamName);
        Assert.StartsWith("The holiday range 2026-01-01 to 2027-01-03 must end on or after its first date and span at most 366 days; use a break for a longer closure.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yearly_range_ending_on_29_February_includes_it()
    {
        // 03-02 → 02-29 runs over the new year: 305 days to 31 December and 60 to 29 February, all but 1 March.
        var calendar = Weekdays().AddYearlyHolidays(new AnnualDate(3, 2), new AnnualDate(2, 29)).Build();
        var yearly = calendar.Definition.YearlyHolidays;
        Assert.Equal(365, yearly.Length);
        Assert.Contains(new AnnualDate(2, 29), yearly);
        Assert.DoesNotContain(new AnnualDate(3, 1), yearly);
        Assert.True(calendar.IsOpen(Instant.FromUtc(2027, 3, 1, 10, 0))); // a Monday
    }

    [Fact]
    public void A_yearly_range_starting_on_29_February_starts_there()
    {
        // 02-29 → 01-10: 307 days to 31 December (a leap year) and 10 in January; 28 February is not in it.
        var yearly = Weekdays().AddYearlyHolidays(new AnnualDate(2, 29), new AnnualDate(1, 10)).Build().Definition.YearlyHolidays;
        Assert.Equal(317, yearly.Length);
        Assert.Contains(new AnnualDate(2, 29), yearly);
        Assert.DoesNotContain(new AnnualDate(2, 28), yearly);
        Assert.Equal(new AnnualDate(1, 1), yearly[0]);
        Assert.Equal(new AnnualDate(12, 31), yearly[^1]);
    }

    [Fact]
    public void A_yearly_range_includes_both_ends_and_a_one_day_range_is_that_day()
    {
        Assert.Equal(new[] { new AnnualDate(5, 1) }, Weekdays().AddYearlyHolidays(new AnnualDate(5, 1), new AnnualDate(5, 1)).Build().Definition.YearlyHolidays);
        Assert.Equal(
            new[] { new AnnualDate(12, 24), new AnnualDate(12, 25), new AnnualDate(12, 26) },
            Weekdays().AddYearlyHolidays(new AnnualDate(12, 24), new AnnualDate(12, 26)).Build().Definition.YearlyHolidays);
    }

    [Fact]
    public void The_first_conflict_in_date_order_is_named()
    {
        var builder = Weekdays()
            .AddHoliday(new LocalDate(2026, 12, 31)).AddHoliday(new LocalDate(2026, 12, 24))
            .AddOverride(new LocalDate(2026, 12, 31), new LocalTime(10, 0), new LocalTime(12, 0))
            .AddOverride(new LocalDate(2026, 12, 24), new LocalTime(10, 0), new LocalTime(12, 0));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal("2026-12-24 is both a holiday and a date override; remove one of them (an override with no windows closes the date).", ex.Message);
    }

    [Fact]
    public void The_definition_stores_every_list_in_ascending_order()
    {
        var definition = Weekdays()
            .AddHoliday(new LocalDate(2026, 12, 31)).AddHoliday(new LocalDate(2026, 12, 24))
            .AddYearlyHoliday(new AnnualDate(12, 26)).AddYearlyHoliday(new AnnualDate(1, 1))
            .AddHolidays(new LocalDate(2026, 8, 10), new LocalDate(2026, 8, 12)).AddHolidays(new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 2))
            .AddYearlyHolidays(new AnnualDate(11, 1), new AnnualDate(11, 2)).AddYearlyHolidays(new AnnualDate(10, 1), new AnnualDate(10, 2))
            .AddBreak(new LocalDateTime(2026, 5, 4, 10, 0), new LocalDateTime(2026, 5, 4, 12, 0))
            .AddBreak(new LocalDateTime(2026, 5, 4, 10, 0), new LocalDateTime(2026, 5, 4, 11, 0))
            .AddBreak(new LocalDateTime(2026, 3, 2, 10, 0), new LocalDateTime(2026, 3, 2, 11, 0))
            .Build().Definition;

        Assert.Equal(
            new[] { new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 2), new LocalDate(2026, 8, 10), new LocalDate(2026, 8, 11), new LocalDate(2026, 8, 12), new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 31) },
            definition.Holidays);
        Assert.Equal(
            new[] { new AnnualDate(1, 1), new AnnualDate(10, 1), new AnnualDate(10, 2), new AnnualDate(11, 1), new AnnualDate(11, 2), new AnnualDate(12, 26) },
            definition.YearlyHolidays);
        Assert.Equal(
            new[]
            {
                (new LocalDateTime(2026, 3, 2, 10, 0), new LocalDateTime(2026, 3, 2, 11, 0)),
                (new LocalDateTime(2026, 5, 4, 10, 0), new LocalDateTime(2026, 5, 4, 11, 0)),
                (new LocalDateTime(2026, 5, 4, 10, 0), new LocalDateTime(2026, 5, 4, 12, 0)),
            },
            definition.Breaks);
        var entries = definition.Entries;
        Assert.Equal(new[] { new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 31) }, entries.Dates);
        Assert.Equal(new[] { new AnnualDate(1, 1), new AnnualDate(12, 26) }, entries.YearlyDates);
        Assert.Equal(new[] { (new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 2)), (new LocalDate(2026, 8, 10), new LocalDate(2026, 8, 12)) }, entries.Ranges);
        Assert.Equal(new[] { (new AnnualDate(10, 1), new AnnualDate(10, 2)), (new AnnualDate(11, 1), new AnnualDate(11, 2)) }, entries.YearlyRanges);
    }

    [Fact]
    public void Window_bounds_outside_the_day_are_rejected_word_for_word()
    {
        var startLow = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendarBuilder.ToWindow(-1, Hour, "to"));
        Assert.Equal("to", startLow.ParamName);
        Assert.StartsWith("to must be a window start before 24:00; it was -1.", startLow.Message, StringComparison.Ordinal);
        var startHigh = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendarBuilder.ToWindow(Day, Hour, "to"));
        Assert.StartsWith("to must be a window start before 24:00; it was 86400000000000.", startHigh.Message, StringComparison.Ordinal);
        var endLow = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendarBuilder.ToWindow(0, -1, "to"));
        Assert.StartsWith("to must be a window end between 00:00 and 24:00; it was -1.", endLow.Message, StringComparison.Ordinal);
        var endHigh = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendarBuilder.ToWindow(0, Day + 1, "to"));
        Assert.StartsWith("to must be a window end between 00:00 and 24:00; it was 86400000000001.", endHigh.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_window_is_rejected_and_an_end_at_midnight_runs_to_24_00()
    {
        var nine = Assert.Throws<ArgumentException>(() => BusinessCalendarBuilder.ToWindow(9 * Hour, 9 * Hour, "to"));
        Assert.Equal("to", nine.ParamName);
        Assert.StartsWith("The window 09:00–09:00 is empty; its end must differ from its start (use 00:00–24:00 for a whole day).", nine.Message, StringComparison.Ordinal);
        var midnight = Assert.Throws<ArgumentException>(() => BusinessCalendarBuilder.ToWindow(0, 0, "to"));
        Assert.StartsWith("The window 00:00–00:00 is empty; its end must differ from its start (use 00:00–24:00 for a whole day).", midnight.Message, StringComparison.Ordinal);

        Assert.Equal(new LocalWindow(Hour, Day), BusinessCalendarBuilder.ToWindow(Hour, 0, "to"));
        Assert.Equal(new LocalWindow(0, Day), BusinessCalendarBuilder.ToWindow(0, Day, "to"));
        Assert.Equal(new LocalWindow(22 * Hour, Day + (6 * Hour)), BusinessCalendarBuilder.ToWindow(22 * Hour, 6 * Hour, "to"));
    }

    [Fact]
    public void Windows_from_or_to_midnight_keep_their_other_end()
    {
        var early = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow(IsoDayOfWeek.Monday, LocalTime.Midnight, new LocalTime(8, 0)).Build();
        Assert.Equal(Duration.FromHours(8), early.WeeklyBusinessTime);
        var late = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow(IsoDayOfWeek.Monday, new LocalTime(22, 0), LocalTime.Midnight).Build();
        Assert.Equal(Duration.FromHours(2), late.WeeklyBusinessTime);
        Assert.Equal(Duration.FromHours(24), new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow(IsoDayOfWeek.Monday, LocalTime.Midnight, LocalTime.Midnight).Build().WeeklyBusinessTime);
    }

    [Fact]
    public void Times_off_the_minute_are_written_with_seconds()
    {
        Assert.Equal("09:00:30", BusinessCalendarBuilder.Format((9 * Hour) + 30_000_000_000L));
        Assert.Equal("09:00:00.5", BusinessCalendarBuilder.Format((9 * Hour) + 500_000_000L));
        Assert.Equal("09:00", BusinessCalendarBuilder.Format(9 * Hour));
        Assert.Equal("24:00", BusinessCalendarBuilder.Format(Day));
    }

    [Fact]
    public void A_Sunday_holiday_also_closes_the_Monday_morning_its_night_shift_spills_into()
    {
        // Sunday 10:00–12:00 and 22:00–06:00, Monday 09:00–17:00; 2026-11-29 is a Sunday holiday.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(10, 0), new LocalTime(12, 0))
            .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0))
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHoliday(new LocalDate(2026, 11, 29))
            .Build();
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 11, 23, 3, 0)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 11, 30, 3, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 12, 7, 3, 0)));

        var nightsOnly = new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0))
            .AddHoliday(new LocalDate(2026, 11, 29))
            .Build();
        Assert.True(nightsOnly.IsOpen(Instant.FromUtc(2026, 11, 23, 3, 0)));
        Assert.False(nightsOnly.IsOpen(Instant.FromUtc(2026, 11, 30, 3, 0)));
    }

    [Fact]
    public void Closure_search_finds_the_earliest_override_holiday_or_break()
    {
        var overrides = Weekdays().AddHoliday(new LocalDate(2026, 12, 25))
            .AddOverride(new LocalDate(2026, 12, 24), new LocalTime(9, 0), new LocalTime(12, 0)).Build().Definition;
        Assert.True(overrides.TryFindClosureOnOrAfter(new LocalDate(2026, 12, 1), out var found));
        Assert.Equal(new LocalDate(2026, 12, 24), found);
        Assert.True(overrides.TryFindClosureOnOrAfter(new LocalDate(2026, 12, 25), out found));
        Assert.Equal(new LocalDate(2026, 12, 25), found);
        Assert.False(overrides.TryFindClosureOnOrAfter(new LocalDate(2026, 12, 26), out _));

        var breaks = Weekdays()
            .AddBreak(new LocalDateTime(2026, 3, 10, 10, 0), new LocalDateTime(2026, 3, 10, 11, 0))
            .AddBreak(new LocalDateTime(2026, 5, 4, 10, 0), new LocalDateTime(2026, 5, 4, 11, 0)).Build().Definition;
        Assert.True(breaks.TryFindClosureOnOrAfter(new LocalDate(2026, 3, 10), out found));
        Assert.Equal(new LocalDate(2026, 3, 10), found);
        Assert.True(breaks.TryFindClosureOnOrAfter(new LocalDate(2026, 3, 11), out found));
        Assert.Equal(new LocalDate(2026, 5, 4), found);

        var holidayFirst = Weekdays().AddHoliday(new LocalDate(2026, 3, 5))
            .AddBreak(new LocalDateTime(2026, 3, 10, 10, 0), new LocalDateTime(2026, 3, 10, 11, 0)).Build().Definition;
        Assert.True(holidayFirst.TryFindClosureOnOrAfter(new LocalDate(2026, 3, 1), out found));
        Assert.Equal(new LocalDate(2026, 3, 5), found);

        var breakFirst = Weekdays().AddHoliday(new LocalDate(2026, 3, 20))
            .AddBreak(new LocalDateTime(2026, 3, 10, 10, 0), new LocalDateTime(2026, 3, 10, 11, 0)).Build().Definition;
        Assert.True(breakFirst.TryFindClosureOnOrAfter(new LocalDate(2026, 3, 1), out found));
        Assert.Equal(new LocalDate(2026, 3, 10), found);
    }

    [Fact]
    public void Closure_search_finds_yearly_holidays_up_to_eight_years_ahead_and_stops_before_year_10000()
    {
        // After 29 February 2096 the next one is in 2104 (2100 is not a leap year): eight years on.
        var leap = Weekdays().AddYearlyHoliday(new AnnualDate(2, 29)).Build().Definition;
        Assert.True(leap.TryFindClosureOnOrAfter(new LocalDate(2096, 3, 1), out var found));
        Assert.Equal(new LocalDate(2104, 2, 29), found);

        var newYearsEve = Weekdays().AddYearlyHoliday(new AnnualDate(12, 31)).Build().Definition;
        Assert.True(newYearsEve.TryFindClosureOnOrAfter(new LocalDate(2026, 12, 31), out found));
        Assert.Equal(new LocalDate(2026, 12, 31), found);
        Assert.True(newYearsEve.TryFindClosureOnOrAfter(new LocalDate(9998, 1, 1), out found));
        Assert.Equal(new LocalDate(9998, 12, 31), found);
        Assert.False(newYearsEve.TryFindClosureOnOrAfter(new LocalDate(9999, 6, 1), out _));
    }

    [Fact]
    public void A_week_of_exactly_60_overnight_hours_is_not_flagged()
    {
        // Mon–Fri 18:00–06:00 = 5 × 12 h = 60 h: the warning needs more than 60 h.
        Assert.Empty(new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(18, 0), new LocalTime(6, 0)).Build().Warnings);
    }

    [Fact]
    public void A_long_week_with_one_weekday_night_shift_is_not_flagged()
    {
        // Monday 22:00–06:00 (8 h) + Tue–Fri 08:00–22:00 (4 × 14 h) = 64 h, but only Monday runs overnight.
        var builder = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow(IsoDayOfWeek.Monday, new LocalTime(22, 0), new LocalTime(6, 0));
        for (var day = IsoDayOfWeek.Tuesday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.AddWindow(day, new LocalTime(8, 0), new LocalTime(22, 0));
        }

        Assert.Empty(builder.Build().Warnings);
    }

    [Fact]
    public void Weekdays_with_a_day_window_and_a_night_window_are_flagged()
    {
        // (3 h + 12 h) × 5 = 75 h; the example is Monday's overnight window.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(18, 0), new LocalTime(6, 0))
            .Build();
        Assert.Equal(
            new[] { "Every weekday has an overnight window (e.g. Monday 18:00–06:00) and the ordinary week is open 75 h; if day hours were meant, swap each window's start and end." },
            calendar.Warnings);
    }
    [Fact]
    public void The_example_of_the_warning_is_the_overnight_window_not_a_whole_day()
    {
        // Each weekday 00:00–24:00 plus 22:00–06:00: open from Monday 00:00 to Saturday 06:00, 5 × 24 h + 6 h = 126 h.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWeekdays(LocalTime.Midnight, LocalTime.Midnight)
            .AddWeekdays(new LocalTime(22, 0), new LocalTime(6, 0))
            .Build();
        Assert.Equal(
            new[] { "Every weekday has an overnight window (e.g. Monday 22:00–06:00) and the ordinary week is open 126 h; if day hours were meant, swap each window's start and end." },
            calendar.Warnings);
    }

    [Fact]
    public void Windows_of_a_day_are_kept_sorted_by_start_then_end()
    {
        var week = new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(17, 0))
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0))
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0))
            .Build().Definition.Week;
        Assert.Equal(new[] { new LocalWindow(9 * Hour, 10 * Hour), new LocalWindow(9 * Hour, 12 * Hour), new LocalWindow(13 * Hour, 17 * Hour) }, week[0]);
        Assert.Equal(8 * Hour, new LocalWindow(9 * Hour, 17 * Hour).Length);
        Assert.Equal(8 * Hour, new LocalWindow(22 * Hour, Day + (6 * Hour)).Length);
    }
}
