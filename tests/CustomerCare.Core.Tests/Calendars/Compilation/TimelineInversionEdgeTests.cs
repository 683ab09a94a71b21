// Inverting F at its edges: answers exactly at the ends of the horizon, the 64-bit limit, and the origin where F is 0.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class TimelineInversionEdgeTests
{
    private static BusinessCalendarBuilder AllDay()
    {
        var builder = new BusinessCalendarBuilder(DateTimeZone.Utc);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddWindow(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        return builder;
    }

    [Fact]
    public void A_budget_past_64_bits_from_a_positive_cumulative_time_with_an_exclusion_ahead_is_unmet()
    {
        var office = TestCalendars.BerlinOffice;
        var start = Instant.FromUtc(2026, 11, 25, 9, 0);
        var pause = ExclusionSet.FromSorted(new Interval(Instant.FromUtc(2026, 11, 26, 9, 0), Instant.FromUtc(2026, 11, 26, 10, 0)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => office.Add(start, Duration.FromNanoseconds(long.MaxValue), pause));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget cannot be met from 2026-11-25T10:00:00 (2026-11-25T09:00:00Z)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtracting_from_the_origin_where_cumulative_time_is_zero_goes_back_into_the_week_before()
    {
        // F is 0 at Monday 2000-01-03 00:00 (UTC here); one hour before it is Friday 1999-12-31 16:00.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        Assert.Equal(Instant.FromUtc(1999, 12, 31, 16, 0), calendar.Subtract(Instant.FromUtc(2000, 1, 3, 0, 0), Duration.FromHours(1)));
        Assert.Equal(Instant.FromUtc(2000, 1, 3, 10, 0), calendar.Add(Instant.FromUtc(1999, 12, 31, 16, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void Answers_of_an_ordinary_week_at_the_ends_of_the_horizon()
    {
        var always = AllDay().Build();
        AssertHorizonEdges(always);
    }

    [Fact]
    public void Answers_of_an_irregular_week_at_the_ends_of_the_horizon()
    {
        // Holidays two days into the first supported week and on 2199-12-31 (the horizon ends on Monday 2200-01-06) make
        // both edge weeks irregular.
        var plain = AllDay().Build();
        var calendar = AllDay()
            .AddHoliday(plain.MinInstant.InUtc().Date.PlusDays(2))
            .AddHoliday(new LocalDate(2199, 12, 31))
            .Build();
        AssertHorizonEdges(calendar);
    }

    [Fact]
    public void A_sunday_window_to_midnight_leaves_monday_closed()
    {
        // Sunday 09:00-24:00 only: the window ends exactly at the end of the week and wraps nothing to Monday.
        var calendar = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWindow(IsoDayOfWeek.Sunday, new LocalTime(9, 0), LocalTime.Midnight).Build();
        var monday = Instant.FromUtc(2026, 3, 2, 0, 0);
        Assert.False(calendar.IsOpen(monday));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 9, 0), calendar.NextOpening(monday));
        Assert.Equal(monday, calendar.NextClosing(Instant.FromUtc(2026, 3, 1, 10, 0)));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 10, 0), calendar.Add(Instant.FromUtc(2026, 3, 1, 23, 0), Duration.FromHours(2)));
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 23, 0), calendar.Subtract(Instant.FromUtc(2026, 3, 8, 10, 0), Duration.FromHours(2)));
        var intervals = new List<Interval>();
        foreach (var interval in calendar.OpenIntervals(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 3, 9, 12, 0)))
        {
            intervals.Add(interval);
        }

        Assert.Equal(new[] { new Interval(Instant.FromUtc(2026, 3, 1, 9, 0), monday), new Interval(Instant.FromUtc(2026, 3, 8, 9, 0), Instant.FromUtc(2026, 3, 9, 0, 0)) }, intervals);
    }

    private static void AssertHorizonEdges(BusinessCalendar calendar)
    {
        Assert.Equal(calendar.MinInstant, calendar.NextOpening(calendar.MinInstant));
        Assert.Equal(calendar.MinInstant + Duration.FromHours(1), calendar.Add(calendar.MinInstant, Duration.FromHours(1)));
        var end = calendar.MaxInstant;
        Assert.Equal(end - Duration.FromHours(1), calendar.Add(end - Duration.FromHours(2), Duration.FromHours(1)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(end - Duration.FromHours(1), Duration.FromHours(1)));
        Assert.Equal("budget", ex.ParamName);
    }
}
