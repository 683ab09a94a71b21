// Calendar rejections word for word, and the boundaries next to them: mutation testing found these messages unasserted.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class CalendarMessageMutationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_day_outside_Monday_to_Sunday_is_rejected(int day)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow((IsoDayOfWeek)day, new LocalTime(9, 0), new LocalTime(17, 0)));
        Assert.Equal("day", ex.ParamName);
        Assert.StartsWith($"day must be Monday … Sunday; it was {(day == 0 ? "None" : "8")}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_break_must_be_later_at_its_end_and_lie_within_the_horizon()
    {
        var builder = new BusinessCalendarBuilder(DateTimeZone.Utc);
        var inverted = Assert.Throws<ArgumentException>(() => builder.AddBreak(new LocalDateTime(2026, 5, 1, 12, 0), new LocalDateTime(2026, 5, 1, 12, 0)));
        Assert.Equal("to", inverted.ParamName);
        Assert.StartsWith("The break 2026-05-01T12:00:00 to 2026-05-01T12:00:00 is inverted or empty; its end must be later than its start.", inverted.Message, StringComparison.Ordinal);

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBreak(new LocalDateTime(1899, 12, 31, 23, 0), new LocalDateTime(1900, 1, 1, 1, 0)));
        Assert.Equal("from", early.ParamName);
        Assert.StartsWith("from must start a break that lies within the calendar's horizon (1900-01-01 to 2199-12-31); the break ends 1900-01-01T01:00:00; it was ", early.Message, StringComparison.Ordinal);
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBreak(new LocalDateTime(2199, 12, 31, 23, 0), new LocalDateTime(2200, 1, 1, 1, 0)));
        Assert.Equal("from", late.ParamName);

        // Both ends of the horizon themselves are allowed.
        var calendar = builder.AddWindow(IsoDayOfWeek.Friday, new LocalTime(0, 0), new LocalTime(0, 0))
            .AddBreak(new LocalDateTime(1900, 1, 5, 0, 0), new LocalDateTime(1900, 1, 5, 1, 0))
            .AddBreak(new LocalDateTime(2199, 12, 27, 23, 0), new LocalDateTime(2199, 12, 31, 0, 0))
            .Build();
        Assert.Equal(2, calendar.Definition.Breaks.Length);
        Assert.False(calendar.IsOpen(Instant.FromUtc(1900, 1, 5, 0, 30)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(1900, 1, 5, 1, 0)));
    }

    [Fact]
    public void Budgets_beyond_64_bit_nanoseconds_and_negative_budgets_say_so()
    {
        var calendar = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var start = Instant.FromUtc(1950, 1, 1, 0, 0);
        var reach = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(start, Duration.FromDays(107_000)));
        Assert.Equal("budget", reach.ParamName);
        Assert.StartsWith("budget must be at most 106,751 days (about 292 years, the reach of 64-bit nanoseconds); it was ", reach.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Subtract(start, -Duration.Epsilon));
        Assert.StartsWith("budget must be zero or positive; it was ", negative.Message, StringComparison.Ordinal);
        var horizon = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(start, Duration.FromDays(120_000)));
        Assert.StartsWith("budget cannot be met within the calendar's horizon (local dates 1900-01-01 to 2199-12-31); it was ", horizon.Message, StringComparison.Ordinal);

        // 106,751 days fit in 64-bit nanoseconds and are spent on a 24/7 calendar exactly (1900-01-02 + 292 years). This
        // threw IndexOutOfRangeException: the deadline's offset from the start's week passed 64 bits and wrapped.
        var early = Instant.FromUtc(1900, 1, 2, 0, 0);
        Assert.Equal(early + Duration.FromDays(106_751), calendar.Add(early, Duration.FromDays(106_751)));
        Assert.Equal(early + Duration.FromDays(106_751), calendar.Add(early, Duration.FromDays(106_751), ExclusionSet.FromSorted([new Interval(early - Duration.FromHours(1), early)])));
    }

    [Fact]
    public void Instants_outside_the_horizon_name_the_parameter_and_the_horizon()
    {
        var calendar = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Elapsed(calendar.MinInstant, calendar.MaxInstant));
        Assert.Equal("end", ex.ParamName);
        Assert.StartsWith($"end must lie within the calendar's horizon [{calendar.MinInstant}, {calendar.MaxInstant}) (local dates 1900-01-01 to 2199-12-31); it was ", ex.Message, StringComparison.Ordinal);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Elapsed(calendar.MinInstant - Duration.Epsilon, calendar.MinInstant)).ParamName);
        Assert.Equal(Duration.Zero, calendar.Elapsed(calendar.MinInstant, calendar.MinInstant));
        Assert.Equal(Duration.FromHours(1), calendar.Elapsed(calendar.MaxInstant - Duration.FromHours(1), calendar.MaxInstant - Duration.Epsilon) + Duration.Epsilon);
        var open = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.OpenIntervals(calendar.MaxInstant - Duration.FromHours(1), calendar.MaxInstant - Duration.FromHours(2)));
        Assert.Equal("to", open.ParamName);
        Assert.StartsWith("to must not be before from (", open.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unmet_budgets_say_from_where_and_in_which_direction()
    {
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        var forward = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(Instant.FromUtc(2199, 12, 20, 10, 0), Duration.FromHours(100)));
        Assert.Equal("budget", forward.ParamName);
        Assert.StartsWith("budget cannot be met from 2199-12-20T10:00:00 (2199-12-20T10:00:00Z): the calendar has less business time than that before the end of its horizon (2199-12-31) — it may be closed for ever after the start; it was ", forward.Message, StringComparison.Ordinal);
        var backward = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Subtract(Instant.FromUtc(1900, 1, 10, 10, 0), Duration.FromHours(100)));
        Assert.StartsWith("budget cannot be met before 1900-01-10T10:00:00 (1900-01-10T10:00:00Z): the calendar has less business time than that after the start of its horizon (1900-01-01); it was ", backward.Message, StringComparison.Ordinal);
    }
}
