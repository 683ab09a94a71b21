// Holiday ranges, Windows zone ids, non-ISO and out-of-horizon dates, warnings, and the edge cases mutation testing found untested.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class CalendarHardeningTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Fact]
    public void A_holiday_range_closes_every_date_in_it_and_round_trips_through_json()
    {
        // Mon–Fri 9–17; closed Wed 2026-12-23 to Fri 2027-01-01 (one-off) and every 24–26 Dec (yearly).
        var calendar = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHolidays(new LocalDate(2026, 12, 23), new LocalDate(2027, 1, 1))
            .AddYearlyHolidays(new AnnualDate(12, 24), new AnnualDate(12, 26))
            .Build();
        // Tue 22nd 17:00 + 1 h: next opening is Mon 2027-01-04 09:00.
        Assert.Equal(At(2027, 1, 4, 10), calendar.Add(At(2026, 12, 22, 16), Duration.FromHours(2)));
        Assert.False(calendar.IsOpen(At(2027, 12, 24, 10)));
        Assert.True(calendar.IsOpen(At(2027, 12, 23, 10)));

        var json = BusinessCalendarJson.Write(calendar);
        Assert.Contains("\"2026-12-23/2027-01-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"--12-24/--12-26\"", json, StringComparison.Ordinal);
        Assert.Equal(json, BusinessCalendarJson.Write(BusinessCalendarJson.Read(json)));
    }

    [Fact]
    public void A_yearly_range_over_the_new_year_closes_both_ends()
    {
        var calendar = BusinessCalendarJson.Read("""{ "tz": "Europe/Berlin", "week": { "mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]] }, "holidays": ["--12-30/--01-02"] }""");
        Assert.False(calendar.IsOpen(At(2026, 12, 30, 10)));
        Assert.False(calendar.IsOpen(At(2027, 1, 1, 10)));
        Assert.True(calendar.IsOpen(At(2026, 12, 29, 10)));
        Assert.True(calendar.IsOpen(At(2027, 1, 4, 10)));
    }

    [Fact]
    public void An_inverted_or_too_long_holiday_range_is_rejected_naming_to()
    {
        var builder = new BusinessCalendarBuilder(Berlin);
        var ex = Assert.Throws<ArgumentException>(() => builder.AddHolidays(new LocalDate(2026, 12, 31), new LocalDate(2026, 12, 1)));
        Assert.Equal("to", ex.ParamName);
        Assert.StartsWith("The holiday range 2026-12-31 to 2026-12-01 must end on or after its first date and span at most 366 days", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => builder.AddHolidays(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 3)));
        var json = Assert.Throws<JsonException>(() => BusinessCalendarJson.Read("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["2026-12-31/2026-12-01"] }"""));
        Assert.Equal("$.holidays[0]", json.Path);
    }

    [Fact]
    public void A_windows_zone_id_is_mapped_to_its_iana_zone()
    {
        var calendar = BusinessCalendarJson.Read("""{ "tz": "SE Asia Standard Time", "week": { "mon": [["09:00", "17:00"]] } }""");
        Assert.Equal("Asia/Bangkok", calendar.Zone.Id);
        var ex = Assert.Throws<JsonException>(() => BusinessCalendarJson.Read("""{ "tz": "Mars Standard Time", "week": { "mon": [["09:00", "17:00"]] } }"""));
        Assert.Equal("$.tz", ex.Path);
        Assert.Contains("'Mars Standard Time' is not a known IANA time zone id (nor a Windows one)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_in_another_calendar_system_are_converted_to_the_iso_date_of_the_same_day()
    {
        // Julian 2026-12-12 is ISO 2026-12-25 (a Friday).
        var julian = new LocalDate(2026, 12, 12, CalendarSystem.Julian);
        var calendar = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHoliday(julian)
            .AddBreak(new LocalDateTime(2026, 12, 1, 10, 0, CalendarSystem.Julian), new LocalDateTime(2026, 12, 1, 12, 0, CalendarSystem.Julian))
            .Build();
        Assert.False(calendar.IsOpen(At(2026, 12, 25, 10)));
        Assert.False(calendar.IsOpen(At(2026, 12, 14, 11)));
        Assert.Contains("\"2026-12-25\"", BusinessCalendarJson.Write(calendar), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "overrides": { "-0001-01-01": [] } }""", "$.overrides['-0001-01-01']")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["0000-01-03"] }""", "$.holidays[0]")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["2200-01-01"] }""", "$.holidays[0]")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["--04-31"] }""", "$.holidays[0]")]
    public void Dates_outside_the_horizon_or_impossible_are_rejected_with_the_json_path(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => BusinessCalendarJson.Read(json));
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void The_builder_rejects_a_date_outside_the_horizon_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder(Berlin).AddHoliday(new LocalDate(0, 1, 3)));
        Assert.Equal("date", ex.ParamName);
        Assert.StartsWith("date must lie within the calendar's horizon (1900-01-01 to 2199-12-31); it was ", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder(Berlin).AddOverride(new LocalDate(1899, 12, 31), new LocalTime(9, 0), new LocalTime(10, 0)));
    }

    [Fact]
    public void Overnight_windows_on_every_weekday_over_60_hours_give_a_warning()
    {
        var swapped = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(17, 0), new LocalTime(9, 0)).Build();
        var warning = Assert.Single(swapped.Warnings);
        Assert.Equal("Every weekday has an overnight window (e.g. Monday 17:00–09:00) and the ordinary week is open 80 h; if day hours were meant, swap each window's start and end.", warning);
        Assert.Empty(new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build().Warnings);
        Assert.Empty(new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(22, 0), new LocalTime(6, 0)).Build().Warnings); // 40 h of night shifts
    }

    [Fact]
    public void An_overnight_window_from_Sunday_into_Monday_counts_in_an_ordinary_week()
    {
        // Sun 22:00 – Mon 02:00, nothing else: Sun 2026-11-22 23:00 + 2 h ends Mon 01:00; Mon 01:30 is open.
        var calendar = new BusinessCalendarBuilder(Berlin).AddWindow(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(2, 0)).Build();
        Assert.Equal(At(2026, 11, 23, 1), calendar.Add(At(2026, 11, 22, 23), Duration.FromHours(2)));
        Assert.True(calendar.IsOpen(At(2026, 11, 23, 1) + Duration.FromMinutes(30)));
        Assert.False(calendar.IsOpen(At(2026, 11, 23, 2)));
        Assert.Equal(Duration.FromHours(4), calendar.Elapsed(At(2026, 11, 22, 12), At(2026, 11, 23, 12)));
    }

    [Fact]
    public void AlwaysOpen_is_open_on_Sundays_and_never_closes()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Berlin);
        Assert.True(calendar.IsOpen(At(2026, 11, 29, 3)));
        Assert.Equal(Duration.FromHours(24), calendar.Elapsed(At(2026, 11, 29, 0), At(2026, 11, 30, 0)));
        Assert.Null(calendar.NextClosing(At(2026, 11, 29, 3)));
        Assert.Equal(Duration.FromDays(7), calendar.WeeklyBusinessTime);
    }

    [Fact]
    public void A_yearly_holiday_in_the_last_year_of_the_horizon_closes_it()
    {
        var calendar = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddYearlyHoliday(new AnnualDate(12, 24)).Build();
        Assert.False(calendar.IsOpen(At(2199, 12, 24, 10))); // a Tuesday
        Assert.True(calendar.IsOpen(At(2199, 12, 23, 10)));
        Assert.Equal(At(2199, 12, 25, 9), calendar.NextOpening(At(2199, 12, 24, 10)));
    }

    [Fact]
    public void Touching_exclusions_skip_as_one()
    {
        var calendar = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var exclusions = ExclusionSet.FromSorted(new Interval(At(2026, 11, 25, 10), At(2026, 11, 25, 11)), new Interval(At(2026, 11, 25, 11), At(2026, 11, 25, 12)));
        Assert.Equal(At(2026, 11, 25, 13), calendar.Add(At(2026, 11, 25, 9), Duration.FromHours(2), exclusions));
        Assert.Equal(Duration.FromHours(6), calendar.Elapsed(At(2026, 11, 25, 9), At(2026, 11, 25, 17), exclusions));
        Assert.Equal(At(2026, 11, 25, 12), calendar.NextOpening(At(2026, 11, 25, 10), exclusions));
    }

    [Fact]
    public void OpenIntervals_up_to_MaxInstant_ends_with_the_last_window_of_the_horizon()
    {
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var last = default(Interval);
        var count = 0;
        foreach (var interval in calendar.OpenIntervals(Instant.FromUtc(2199, 12, 28, 0, 0), calendar.MaxInstant))
        {
            last = interval;
            count++;
        }

        // The horizon runs to the end of the week of 2199-12-31 (MaxInstant is Monday 2200-01-06 00:00): Mon 30th,
        // Tue 31st, and Wed 1st to Fri 3rd January 2200.
        Assert.Equal(Instant.FromUtc(2200, 1, 6, 0, 0), calendar.MaxInstant);
        Assert.Equal(5, count);
        Assert.Equal(new Interval(Instant.FromUtc(2200, 1, 3, 9, 0), Instant.FromUtc(2200, 1, 3, 17, 0)), last);
    }

    private static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneLeniently(Berlin).ToInstant();
}
