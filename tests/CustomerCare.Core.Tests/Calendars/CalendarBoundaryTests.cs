// Business-time arithmetic at its edges: exclusions that touch a result, reach the horizon, unmet budgets, and the batch limits.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class CalendarBoundaryTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // TestCalendars.BerlinOffice: Mon–Fri 09:00–12:00 + 13:00–17:00 in Berlin (UTC+1 in winter): 35 h a week. 2026-11-25 is a Wednesday.
    private static readonly BusinessCalendar Office = TestCalendars.BerlinOffice;

    private static readonly Duration FortyThousandDays = Duration.FromDays(40_000);

    private static Instant B(int y, int mo, int d, int h, int mi) => BusinessCalendarTests.At(Berlin, y, mo, d, h, mi);

    private static ExclusionSet Ex(Instant from, Instant to) => ExclusionSet.FromSorted(new Interval(from, to));

    [Fact]
    public void A_budget_used_up_exactly_where_an_exclusion_starts_ends_there()
    {
        // 10:00 + 1 h = 11:00, the start of the pause; not its end 11:30.
        Assert.Equal(B(2026, 11, 25, 11, 0), Office.Add(B(2026, 11, 25, 10, 0), Duration.FromHours(1), Ex(B(2026, 11, 25, 11, 0), B(2026, 11, 25, 11, 30))));
    }

    [Fact]
    public void An_unmet_budget_with_an_exclusion_ahead_throws()
    {
        // About 173 years × 1,820 h are left before 2199; 40,000 days (960,000 h) are more.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Office.Add(B(2026, 11, 25, 10, 0), FortyThousandDays, Ex(B(2026, 11, 26, 10, 0), B(2026, 11, 26, 11, 0))));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget cannot be met from 2026-11-25T10:00:00 (2026-11-25T09:00:00Z): the calendar has less business time than that before the end of its horizon (2199-12-31) — it may be closed for ever after the start; it was 40000:00:00:00.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclusion_that_runs_to_the_end_of_the_horizon_leaves_nothing_after_it()
    {
        var pause = Ex(B(2026, 11, 25, 11, 0), Office.MaxInstant);
        // 10:00 → 11:00 gives 1 h; the other hour can never be spent.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), Duration.FromHours(2), pause));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget cannot be met from 2026-11-25T10:00:00 (2026-11-25T09:00:00Z): the calendar has less business time than that before the end of its horizon (2199-12-31) — it may be closed for ever after the start; it was 0:02:00:00.", ex.Message, StringComparison.Ordinal);
        Assert.Null(Office.NextOpening(B(2026, 11, 25, 11, 30), pause));
        Assert.Null(Office.NextOpening(B(2026, 11, 25, 7, 0), Ex(B(2026, 11, 25, 6, 0), Office.MaxInstant)));
        Assert.Equal(Duration.FromHours(1), Office.Elapsed(B(2026, 11, 25, 10, 0), B(2026, 11, 25, 17, 0), pause));
    }

    [Fact]
    public void Subtract_with_a_zero_budget_returns_the_deadline_even_when_closed()
    {
        Assert.Equal(B(2026, 11, 25, 12, 30), Office.Subtract(B(2026, 11, 25, 12, 30), Duration.Zero));
        Assert.Equal(B(2026, 11, 28, 10, 0), Office.Subtract(B(2026, 11, 28, 10, 0), Duration.Zero)); // a Saturday
        Assert.Equal(B(2026, 11, 25, 10, 0), Office.Subtract(B(2026, 11, 25, 10, 0), Duration.Zero, Ex(B(2026, 11, 25, 9, 0), B(2026, 11, 25, 11, 0))));
    }

    [Fact]
    public void Subtract_that_reaches_back_exactly_to_an_exclusion_end_returns_that_end()
    {
        // 12:00 − 30 min = 11:30, where the pause 10:00–11:30 ends.
        Assert.Equal(B(2026, 11, 25, 11, 30), Office.Subtract(B(2026, 11, 25, 12, 0), Duration.FromMinutes(30), Ex(B(2026, 11, 25, 10, 0), B(2026, 11, 25, 11, 30))));
        // 45 min: 30 min after the pause, 15 min before it: 09:45.
        Assert.Equal(B(2026, 11, 25, 9, 45), Office.Subtract(B(2026, 11, 25, 12, 0), Duration.FromMinutes(45), Ex(B(2026, 11, 25, 10, 0), B(2026, 11, 25, 11, 30))));
    }

    [Fact]
    public void An_unmet_backward_budget_with_an_exclusion_before_it_throws()
    {
        // Berlin kept CET (+01) all year in 1965; 65 years × 1,820 h after 1900 are less than 960,000 h.
        var deadline = Instant.FromUtc(1965, 3, 3, 11, 0);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Office.Subtract(deadline, FortyThousandDays, Ex(Instant.FromUtc(1960, 1, 4, 8, 0), Instant.FromUtc(1960, 1, 4, 10, 0))));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget cannot be met before 1965-03-03T12:00:00 (1965-03-03T11:00:00Z): the calendar has less business time than that after the start of its horizon (1900-01-01); it was 40000:00:00:00.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backward_budget_that_meets_an_exclusion_from_before_the_horizon_throws()
    {
        // 12:00 → 11:00 gives 1 h; the pause covers everything before 11:00 back past the start of the horizon.
        var pause = Ex(Office.MinInstant - Duration.FromDays(1), B(2026, 11, 25, 11, 0));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Subtract(B(2026, 11, 25, 12, 0), Duration.FromHours(2), pause));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget cannot be met before 2026-11-25T12:00:00 (2026-11-25T11:00:00Z): the calendar has less business time than that after the start of its horizon (1900-01-01); it was 0:02:00:00.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(B(2026, 11, 25, 11, 0), Office.Subtract(B(2026, 11, 25, 12, 0), Duration.FromHours(1), pause));
    }

    [Fact]
    public void Open_intervals_of_an_empty_range_are_none()
    {
        Assert.Empty(Collect(Office.OpenIntervals(B(2026, 11, 25, 10, 0), B(2026, 11, 25, 10, 0))));
    }

    [Fact]
    public void To_string_counts_the_parts()
    {
        Assert.Equal("BusinessCalendar Europe/Berlin, 35 h per ordinary week, 1 holidays, 0 yearly holidays, 0 overrides, 0 breaks", Office.ToString());
    }

    [Fact]
    public void Next_closing_inside_an_exclusion_is_the_instant_itself()
    {
        Assert.Equal(B(2026, 11, 25, 10, 0), Office.NextClosing(B(2026, 11, 25, 10, 0), Ex(B(2026, 11, 25, 9, 30), B(2026, 11, 25, 10, 30))));
        // The pause starts exactly at the instant: closed there too.
        Assert.Equal(B(2026, 11, 25, 10, 0), Office.NextClosing(B(2026, 11, 25, 10, 0), Ex(B(2026, 11, 25, 10, 0), B(2026, 11, 25, 10, 30))));
    }

    [Fact]
    public void Next_closing_ignores_exclusions_that_are_over()
    {
        Assert.Equal(B(2026, 11, 25, 12, 0), Office.NextClosing(B(2026, 11, 25, 10, 0), Ex(B(2026, 11, 25, 9, 0), B(2026, 11, 25, 9, 30))));
        // A pause that starts before the window closes wins.
        Assert.Equal(B(2026, 11, 25, 11, 0), Office.NextClosing(B(2026, 11, 25, 10, 0), Ex(B(2026, 11, 25, 11, 0), B(2026, 11, 25, 11, 30))));
    }

    [Fact]
    public void A_24_7_calendar_with_an_exclusion_from_the_end_of_its_horizon_never_closes()
    {
        var always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var t = Instant.FromUtc(2026, 11, 25, 10, 0);
        Assert.Null(always.NextClosing(t, Ex(always.MaxInstant, always.MaxInstant + Duration.FromHours(1))));
        Assert.Equal(Instant.FromUtc(2026, 11, 26, 0, 0), always.NextClosing(t, Ex(Instant.FromUtc(2026, 11, 26, 0, 0), always.MaxInstant)));
    }

    [Fact]
    public void A_budget_as_long_as_the_horizon_is_over_the_64_bit_limit()
    {
        // The horizon spans 300 years, more than the 292 years a 64-bit count of nanoseconds reaches.
        var horizon = Office.MaxInstant - Office.MinInstant;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), horizon));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget must be at most 106,751 days (about 292 years, the reach of 64-bit nanoseconds); it was ", ex.Message, StringComparison.Ordinal);

        var batch = new Instant[2];
        var atIndex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), [Duration.Zero, horizon], batch));
        Assert.Equal("budgets", atIndex.ParamName);
        Assert.StartsWith("budgets[1] must be at most 106,751 days (about 292 years, the reach of 64-bit nanoseconds); it was ", atIndex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_64_bit_budget_is_accepted_and_then_unmet()
    {
        var longest = Duration.FromNanoseconds(long.MaxValue);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), longest));
        Assert.Equal("budget", ex.ParamName);
        Assert.StartsWith("budget cannot be met from 2026-11-25T10:00:00 (2026-11-25T09:00:00Z): ", ex.Message, StringComparison.Ordinal);

        var batch = new Instant[1];
        var unmet = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(B(2026, 11, 25, 10, 0), [longest], batch));
        Assert.Equal("budget", unmet.ParamName);
        Assert.StartsWith("budget cannot be met from 2026-11-25T10:00:00 (2026-11-25T09:00:00Z): ", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_supported_instant_is_a_valid_batch_end()
    {
        var destination = new Duration[2];
        Office.Elapsed(Office.MinInstant, [Office.MinInstant, Office.MinInstant], destination);
        Assert.Equal(new[] { Duration.Zero, Duration.Zero }, destination);
    }

    [Fact]
    public void A_batch_over_the_whole_horizon_of_a_24_7_calendar_passes_64_bits()
    {
        // Open all the time, so business time is the length on the time line: about 300 years, more than long.MaxValue ns.
        var always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var end = always.MaxInstant - Duration.Epsilon;
        var length = end - always.MinInstant;
        Assert.True(length > Duration.FromNanoseconds(long.MaxValue));
        var destination = new Duration[2];
        always.Elapsed(always.MinInstant, [Instant.FromUtc(2000, 1, 1, 0, 0), end], destination);
        Assert.Equal(Instant.FromUtc(2000, 1, 1, 0, 0) - always.MinInstant, destination[0]);
        Assert.Equal(length, destination[1]);
        Assert.Equal(length, always.Elapsed(always.MinInstant, end));
    }

    [Fact]
    public void Open_intervals_stop_at_an_opening_that_is_the_end_of_the_range()
    {
        // Wednesday 07:00 → 09:00: the calendar opens exactly at the end, so nothing is open inside.
        Assert.Empty(Collect(Office.OpenIntervals(B(2026, 11, 25, 7, 0), B(2026, 11, 25, 9, 0))));
        Assert.Equal(
            new[] { new Interval(B(2026, 11, 25, 9, 0), B(2026, 11, 25, 12, 0)) },
            Collect(Office.OpenIntervals(B(2026, 11, 25, 7, 0), B(2026, 11, 25, 13, 0))));
    }

    [Fact]
    public void The_default_open_intervals_are_empty()
    {
        var enumerator = default(OpenIntervals).GetEnumerator();
        Assert.False(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
    }

    private static List<Interval> Collect(OpenIntervals intervals)
    {
        var list = new List<Interval>();
        foreach (var interval in intervals)
        {
            list.Add(interval);
        }

        return list;
    }
}
