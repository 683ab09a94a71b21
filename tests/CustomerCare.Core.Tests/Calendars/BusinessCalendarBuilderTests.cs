// Every rejected configuration and argument of the calendar API: the exception type and a message that names the problem.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarBuilderTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static readonly BusinessCalendar Office = new BusinessCalendarBuilder(Berlin)
        .AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    private static Instant B(int y, int mo, int d, int h, int mi) => new LocalDateTime(y, mo, d, h, mi).InZoneLeniently(Berlin).ToInstant();

    [Fact]
    public void A_null_zone_is_rejected()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new BusinessCalendarBuilder(null!));
        Assert.Equal("zone", ex.ParamName);
    }

    [Fact]
    public void A_builder_whose_build_was_refused_can_build_once_fixed()
    {
        var builder = new BusinessCalendarBuilder(Berlin);
        Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Equal(Duration.FromHours(40), builder.AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build().WeeklyBusinessTime);
    }

    [Fact]
    public void A_day_outside_monday_to_sunday_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder(Berlin).AddWindow(IsoDayOfWeek.None, new LocalTime(9, 0), new LocalTime(17, 0)));
        Assert.Equal("day", ex.ParamName);
        Assert.Contains("Monday … Sunday", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_windows_are_rejected_everywhere()
    {
        var builder = new BusinessCalendarBuilder(Berlin);
        var nine = new LocalTime(9, 0);
        foreach (var add in new Action[]
        {
            () => builder.AddWindow(IsoDayOfWeek.Monday, nine, nine),
            () => builder.AddWeekdays(nine, nine),
            () => builder.AddOverride(new LocalDate(2026, 12, 24), nine, nine),
        })
        {
            var ex = Assert.Throws<ArgumentException>(add);
            Assert.Contains("09:00–09:00 is empty", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Midnight_as_an_end_means_24_00_and_an_earlier_end_means_overnight()
    {
        var calendar = new BusinessCalendarBuilder(Berlin)
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(20, 0), LocalTime.Midnight)
            .AddWindow(IsoDayOfWeek.Tuesday, new LocalTime(22, 0), new LocalTime(6, 0))
            .Build();
        // 4 h on Monday + 8 h overnight from Tuesday.
        Assert.Equal(Duration.FromHours(12), calendar.WeeklyBusinessTime);
    }

    [Fact]
    public void An_inverted_or_empty_break_is_rejected()
    {
        var at = new LocalDateTime(2026, 11, 25, 10, 0);
        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder(Berlin).AddBreak(at, at.PlusMinutes(-30)));
        Assert.Equal("to", ex.ParamName);
        Assert.Contains("inverted or empty", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder(Berlin).AddBreak(at, at));
    }

    [Fact]
    public void A_break_outside_the_horizon_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder(Berlin).AddBreak(new LocalDateTime(2300, 1, 1, 9, 0), new LocalDateTime(2300, 1, 1, 10, 0)));
        Assert.Equal("from", ex.ParamName);
        Assert.Contains("within the calendar's horizon (1900-01-01 to 2199-12-31)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_that_is_never_open_is_rejected_when_built()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new BusinessCalendarBuilder(Berlin).AddHoliday(new LocalDate(2026, 1, 1)).Build());
        Assert.Contains("never open", ex.Message, StringComparison.Ordinal);
        Assert.Contains("add at least one weekly window", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_both_a_holiday_and_an_override_is_rejected()
    {
        var date = new LocalDate(2026, 12, 24);
        var ex = Assert.Throws<InvalidOperationException>(() => new BusinessCalendarBuilder(Berlin)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHoliday(date)
            .AddOverride(date, new LocalTime(9, 0), new LocalTime(12, 0))
            .Build());
        Assert.Contains("2026-12-24 is both a holiday and a date override", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_that_can_never_be_met_fails_instead_of_looping()
    {
        // Open on one date only: 3 h on 2026-12-24, closed for ever after.
        var once = new BusinessCalendarBuilder(Berlin).AddOverride(new LocalDate(2026, 12, 24), new LocalTime(9, 0), new LocalTime(12, 0)).Build();
        Assert.Equal(B(2026, 12, 24, 12, 0), once.Add(B(2026, 12, 1, 0, 0), Duration.FromHours(3)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => once.Add(B(2026, 12, 1, 0, 0), Duration.FromHours(3) + Duration.FromSeconds(1)));
        Assert.Equal("budget", ex.ParamName);
        Assert.Contains("closed for ever", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => once.Add(B(2026, 12, 25, 0, 0), Duration.Zero));
        Assert.Null(once.NextOpening(B(2026, 12, 25, 0, 0)));
        Assert.Equal(B(2026, 12, 24, 9, 0), once.NextOpening(B(2026, 1, 1, 0, 0)));
    }

    [Fact]
    public void A_negative_budget_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), Duration.FromSeconds(-1)));
        Assert.Equal("budget", ex.ParamName);
        Assert.Contains("must be zero or positive", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.Subtract(B(2026, 11, 25, 10, 0), Duration.FromSeconds(-1)));
    }

    [Fact]
    public void A_budget_beyond_the_horizon_is_rejected()
    {
        var huge = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), Duration.FromDays(400 * 365)));
        Assert.Contains("cannot be met within the calendar's horizon", huge.Message, StringComparison.Ordinal);
        // 200 years of 40 h weeks is about 417,000 h: 500,000 business hours run past 2199.
        var far = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), Duration.FromHours(500_000)));
        Assert.Equal("budget", far.ParamName);
        var back = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Subtract(B(2026, 11, 25, 10, 0), Duration.FromHours(500_000)));
        Assert.Contains("after the start of its horizon", back.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_outside_the_horizon_are_rejected_with_their_parameter_name()
    {
        var late = Instant.FromUtc(2300, 1, 1, 0, 0);
        var ok = B(2026, 11, 25, 10, 0);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => Office.IsOpen(late)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(late, Duration.Zero)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => Office.Elapsed(ok, late)).ParamName);
        Assert.Equal("deadline", Assert.Throws<ArgumentOutOfRangeException>(() => Office.Subtract(late, Duration.Zero)).ParamName);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => Office.NextOpening(Instant.FromUtc(1850, 1, 1, 0, 0)));
        Assert.Contains("horizon", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_intervals_reject_a_range_that_ends_before_it_starts()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.OpenIntervals(B(2026, 11, 25, 10, 0), B(2026, 11, 24, 10, 0)));
        Assert.Equal("to", ex.ParamName);
        Assert.Contains("must not be before from", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_builds_once_and_later_changes_do_not_leak_into_the_built_calendar()
    {
        var builder = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0));
        var first = builder.Build();
        builder.AddHoliday(new LocalDate(2026, 11, 25));
        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("already built its calendar; start a new builder", ex.Message, StringComparison.Ordinal);
        Assert.True(first.IsOpen(B(2026, 11, 25, 10, 0)));
    }
}
