// Hand-worked business-time cases on small calendars; each expected value shows its arithmetic.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    // TestCalendars.BerlinOffice: Mon–Fri 09:00–12:00 + 13:00–17:00: 7 h a day, 35 h a week.
    private static readonly BusinessCalendar Office = TestCalendars.BerlinOffice;

    internal static Instant At(DateTimeZone zone, int y, int mo, int d, int h, int mi, int s = 0) =>
        new LocalDateTime(y, mo, d, h, mi, s).InZoneLeniently(zone).ToInstant();

    private static Instant B(int y, int mo, int d, int h, int mi, int s = 0) => At(Berlin, y, mo, d, h, mi, s);

    [Fact]
    public void Weekly_business_time_sums_the_windows()
    {
        // (3 h + 4 h) × 5 days = 35 h.
        Assert.Equal(Duration.FromHours(35), Office.WeeklyBusinessTime);
    }

    [Fact]
    public void Add_inside_a_window_stays_in_it()
    {
        // Wed 2026-11-25 10:15 + 1 h = 11:15.
        Assert.Equal(B(2026, 11, 25, 11, 15), Office.Add(B(2026, 11, 25, 10, 15), Duration.FromHours(1)));
    }

    [Fact]
    public void Add_skips_the_lunch_break()
    {
        // 10:15 → 12:00 uses 1 h 45; the remaining 15 min run from 13:00 → 13:15.
        Assert.Equal(B(2026, 11, 25, 13, 15), Office.Add(B(2026, 11, 25, 10, 15), Duration.FromHours(2)));
    }

    [Fact]
    public void A_budget_used_up_at_a_window_end_returns_that_end()
    {
        // 16:00 + 1 h = 17:00 exactly (rule 2), not Thursday 09:00.
        Assert.Equal(B(2026, 11, 25, 17, 0), Office.Add(B(2026, 11, 25, 16, 0), Duration.FromHours(1)));
        // 10:15 + 1 h 45 ends at the lunch break: 12:00.
        Assert.Equal(B(2026, 11, 25, 12, 0), Office.Add(B(2026, 11, 25, 10, 15), Duration.FromMinutes(105)));
    }

    [Fact]
    public void A_zero_budget_returns_the_next_business_moment()
    {
        Assert.Equal(B(2026, 11, 25, 13, 0), Office.Add(B(2026, 11, 25, 12, 30), Duration.Zero));
        Assert.Equal(B(2026, 11, 25, 10, 0), Office.Add(B(2026, 11, 25, 10, 0), Duration.Zero));
        // Friday 17:00 is closed (half-open window): Monday 09:00.
        Assert.Equal(B(2026, 11, 30, 9, 0), Office.Add(B(2026, 11, 27, 17, 0), Duration.Zero));
    }

    [Fact]
    public void A_one_second_budget_from_a_closed_instant_starts_at_the_opening()
    {
        Assert.Equal(B(2026, 11, 25, 9, 0, 1), Office.Add(B(2026, 11, 25, 7, 0), Duration.FromSeconds(1)));
    }

    [Fact]
    public void Add_crosses_the_weekend()
    {
        // Fri 16:30 → 17:00 uses 30 min; 30 min more from Mon 09:00 → 09:30.
        Assert.Equal(B(2026, 11, 30, 9, 30), Office.Add(B(2026, 11, 27, 16, 30), Duration.FromHours(1)));
    }

    [Fact]
    public void Add_skips_a_holiday()
    {
        // Thu 2026-12-24 16:00 → 17:00 = 1 h; Fri 25th is a holiday; 1 h more from Mon 28th 09:00 → 10:00.
        Assert.Equal(B(2026, 12, 28, 10, 0), Office.Add(B(2026, 12, 24, 16, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void Add_of_many_weeks_uses_whole_weeks()
    {
        // From Mon 2026-11-02 09:00, 70 h = two full weeks (35 h each) ending Fri 2026-11-13 17:00.
        Assert.Equal(B(2026, 11, 13, 17, 0), Office.Add(B(2026, 11, 2, 9, 0), Duration.FromHours(70)));
        // One more second starts Monday 2026-11-16.
        Assert.Equal(B(2026, 11, 16, 9, 0, 1), Office.Add(B(2026, 11, 2, 9, 0), Duration.FromHours(70) + Duration.FromSeconds(1)));
    }

    [Fact]
    public void Elapsed_counts_only_business_time()
    {
        // Wed 10:15 → Thu 10:15: 1 h 45 + 4 h (Wed) + 1 h 15 (Thu) = 7 h.
        Assert.Equal(Duration.FromHours(7), Office.Elapsed(B(2026, 11, 25, 10, 15), B(2026, 11, 26, 10, 15)));
        Assert.Equal(Duration.Zero, Office.Elapsed(B(2026, 11, 26, 10, 15), B(2026, 11, 25, 10, 15)));
    }

    [Fact]
    public void Subtract_goes_back_to_the_latest_start()
    {
        // Thu 09:30 − 1 h: 30 min Thursday, 30 min from Wed 17:00 → 16:30.
        Assert.Equal(B(2026, 11, 25, 16, 30), Office.Subtract(B(2026, 11, 26, 9, 30), Duration.FromHours(1)));
        // A deadline of Thu 10:00 with 1 h: the latest start is Thu 09:00, not Wed 17:00.
        Assert.Equal(B(2026, 11, 26, 9, 0), Office.Subtract(B(2026, 11, 26, 10, 0), Duration.FromHours(1)));
    }

    [Fact]
    public void Next_opening_and_closing()
    {
        Assert.Equal(B(2026, 11, 25, 13, 0), Office.NextOpening(B(2026, 11, 25, 12, 0)));
        Assert.Equal(B(2026, 11, 25, 12, 0), Office.NextClosing(B(2026, 11, 25, 10, 0)));
        Assert.Equal(B(2026, 11, 25, 18, 0), Office.NextClosing(B(2026, 11, 25, 18, 0)));
        Assert.True(Office.IsOpen(B(2026, 11, 25, 9, 0)));
        Assert.False(Office.IsOpen(B(2026, 11, 25, 12, 0)));
    }

    [Fact]
    public void Always_open_counts_23_hours_on_a_spring_forward_day()
    {
        var always = BusinessCalendar.AlwaysOpen(Berlin);
        // 2026-03-29 Berlin: 02:00 → 03:00, the local day lasts 23 h.
        Assert.Equal(Duration.FromHours(23), always.Elapsed(B(2026, 3, 29, 0, 0), B(2026, 3, 30, 0, 0)));
        // 2026-10-25: 03:00 → 02:00, 25 h.
        Assert.Equal(Duration.FromHours(25), always.Elapsed(B(2026, 10, 25, 0, 0), B(2026, 10, 26, 0, 0)));
        Assert.Null(always.NextClosing(B(2026, 10, 25, 0, 0)));
    }

    [Fact]
    public void Exclusions_are_skipped_like_breaks()
    {
        // A pause Wed 10:30–11:00 moves a 1 h deadline from 11:15 to 11:45.
        var pauses = ExclusionSet.FromSorted(new Interval(B(2026, 11, 25, 10, 30), B(2026, 11, 25, 11, 0)));
        Assert.Equal(B(2026, 11, 25, 11, 45), Office.Add(B(2026, 11, 25, 10, 15), Duration.FromHours(1), pauses));
        Assert.Equal(Duration.FromMinutes(30), Office.Elapsed(B(2026, 11, 25, 10, 15), B(2026, 11, 25, 11, 15), pauses));
        Assert.Equal(B(2026, 11, 25, 10, 15), Office.Subtract(B(2026, 11, 25, 11, 45), Duration.FromHours(1), pauses));
    }

    [Fact]
    public void Tet_in_Ho_Chi_Minh_City_closes_the_desk()
    {
        var desk = new BusinessCalendarBuilder(Saigon)
            .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
            .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
            .AddHoliday(new LocalDate(2026, 2, 16)).AddHoliday(new LocalDate(2026, 2, 17)).AddHoliday(new LocalDate(2026, 2, 18))
            .AddHoliday(new LocalDate(2026, 2, 19)).AddHoliday(new LocalDate(2026, 2, 20))
            .Build();

        // Sat 2026-02-14 11:00 + 2 h: 1 h to 12:00; Mon 16th–Fri 20th Tết; Sat 21st 08:00 + 1 h = 09:00.
        Assert.Equal(At(Saigon, 2026, 2, 21, 9, 0), desk.Add(At(Saigon, 2026, 2, 14, 11, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void Enumerating_open_intervals_merges_and_clips()
    {
        var list = new List<Interval>();
        foreach (var interval in Office.OpenIntervals(B(2026, 11, 25, 10, 0), B(2026, 11, 26, 10, 0)))
        {
            list.Add(interval);
        }

        Assert.Equal(
            [
                new Interval(B(2026, 11, 25, 10, 0), B(2026, 11, 25, 12, 0)),
                new Interval(B(2026, 11, 25, 13, 0), B(2026, 11, 25, 17, 0)),
                new Interval(B(2026, 11, 26, 9, 0), B(2026, 11, 26, 10, 0)),
            ],
            list);
    }

    [Fact]
    public void Hot_paths_allocate_nothing()
    {
        var start = B(2026, 11, 25, 10, 15);
        var pauses = ExclusionSet.FromSorted(new Interval(B(2026, 11, 25, 10, 30), B(2026, 11, 25, 11, 0)));
        var sink = Instant.MinValue;
        var elapsed = Duration.Zero;
        AllocationAssert.NoAllocations(() => sink = Office.Add(start, Duration.FromHours(3000)));
        AllocationAssert.NoAllocations(() => sink = Office.Add(start, Duration.FromHours(8), pauses));
        AllocationAssert.NoAllocations(() => elapsed = Office.Elapsed(start, start + Duration.FromDays(1000), pauses));
        AllocationAssert.NoAllocations(() => sink = Office.Subtract(start, Duration.FromHours(72)));
        AllocationAssert.NoAllocations(() =>
        {
            foreach (var interval in Office.OpenIntervals(start, start + Duration.FromDays(7)))
            {
                sink = interval.End;
            }
        });
        Assert.NotEqual(Instant.MinValue, sink);
        Assert.NotEqual(Duration.Zero, elapsed);
    }

    [Fact]
    public void Concurrent_first_use_of_irregular_weeks_gives_the_same_answers()
    {
        // The exact intervals of irregular weeks are cached on first use; many threads racing to fill the cache must
        // all see the answers a single thread computes.
        static BusinessCalendar Build()
        {
            var builder = new BusinessCalendarBuilder(Berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0));
            for (var year = 2000; year < 2040; year++)
            {
                builder.AddHoliday(new LocalDate(year, 3, 15)).AddYearlyHoliday(new AnnualDate(11, 11));
            }

            return builder.Build();
        }

        var starts = Enumerable.Range(0, 2000).Select(i => B(2000, 1, 3, 10, 0) + Duration.FromHours(i * 173)).ToArray();
        var sequential = Build();
        var expected = starts.Select(s => sequential.Add(s, Duration.FromHours(20))).ToArray();
        var shared = Build();
        var actual = new Instant[starts.Length];
        Parallel.For(0, starts.Length, i => actual[i] = shared.Add(starts[i], Duration.FromHours(20)));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void An_always_open_calendar_counts_more_business_time_than_64_bits_of_nanoseconds_hold()
    {
        // 1900-01-03 to 2199-12-29 on a calendar open every second: 109,568 days, about 9.47e18 ns, beyond long.MaxValue
        // (9.22e18). Before counting in 128 bits this came out negative.
        var always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var from = Instant.FromUtc(1900, 1, 3, 0, 0);
        var to = Instant.FromUtc(2199, 12, 29, 0, 0);

        Assert.Equal(to - from, always.Elapsed(from, to));
        Assert.Equal(Duration.FromDays(109_568), always.Elapsed(from, to));
    }

    [Fact]
    public void Budgets_past_the_reach_of_64_bits_are_refused_not_wrapped()
    {
        var always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

        // 291 years from mid-2199: cumulative time plus budget passes long.MaxValue; wrapped, it used to land in 1908.
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => always.Add(Instant.FromUtc(2199, 6, 1, 0, 0), Duration.FromDays(291 * 365)));
        Assert.Equal("budget", late.ParamName);
        Assert.Contains("cannot be met", late.Message, StringComparison.Ordinal);

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => always.Subtract(Instant.FromUtc(1900, 6, 1, 0, 0), Duration.FromDays(291 * 365)));
        Assert.Equal("budget", early.ParamName);

        // 295 years fits the 300-year horizon but not 64-bit nanoseconds: a clear refusal, not an OverflowException.
        var huge = Assert.Throws<ArgumentOutOfRangeException>(() => always.Add(Instant.FromUtc(1900, 1, 3, 0, 0), Duration.FromDays(295 * 365)));
        Assert.Contains("at most 106,751 days", huge.Message, StringComparison.Ordinal);
    }
}
