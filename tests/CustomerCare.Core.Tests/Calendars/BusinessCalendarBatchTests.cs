// Hand-worked cases of the batch Elapsed and Add (one start, many ends or budgets), their bad inputs and their 0 B.
using System.Globalization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarBatchTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // TestCalendars.BerlinOffice: Mon–Fri 09:00–12:00 + 13:00–17:00: 7 h a day, 35 h a week; Christmas Day 2026 (a Friday) closed.
    private static readonly BusinessCalendar Office = TestCalendars.BerlinOffice;

    // Monday 2026-11-23 10:00 in Berlin.
    private static readonly Instant Start = B(2026, 11, 23, 10, 0);

    private static Instant B(int y, int mo, int d, int h, int mi) => new LocalDateTime(y, mo, d, h, mi).InZoneLeniently(Berlin).ToInstant();

    [Fact]
    public void Elapsed_to_many_sorted_ends()
    {
        Instant[] ends =
        [
            B(2026, 11, 22, 12, 0),  // Sunday, before the start: 0
            B(2026, 11, 23, 10, 0),  // the start itself: 0
            B(2026, 11, 23, 12, 30), // 10:00–12:00 = 2 h (lunch does not count)
            B(2026, 11, 23, 17, 0),  // 2 h + 13:00–17:00 = 6 h
            B(2026, 11, 24, 9, 30),  // 6 h + Tuesday 09:00–09:30 = 6 h 30
            B(2026, 11, 24, 9, 30),  // an equal neighbour: the same
            B(2026, 11, 30, 10, 0),  // one week later: 35 h
            B(2026, 12, 25, 12, 0),  // 4 weeks (140 h) to Mon 21 Dec 10:00, then 6 + 7 + 7 + 7 h to Thu 17:00; Christmas closed: 167 h
        ];
        var destination = new Duration[ends.Length + 2];
        destination[^1] = Duration.FromDays(1); // beyond ends.Length: left alone

        Office.Elapsed(Start, ends, destination);

        Duration[] expected =
        [
            Duration.Zero, Duration.Zero, Duration.FromHours(2), Duration.FromHours(6), Duration.FromMinutes(390), Duration.FromMinutes(390),
            Duration.FromHours(35), Duration.FromHours(167), Duration.Zero, Duration.FromDays(1),
        ];
        Assert.Equal(expected, destination);
        for (var i = 0; i < ends.Length; i++)
        {
            Assert.Equal(Office.Elapsed(Start, ends[i]), destination[i]);
        }
    }

    [Fact]
    public void Elapsed_of_an_empty_batch_writes_nothing()
    {
        var destination = new[] { Duration.FromHours(1) };
        Office.Elapsed(Start, ReadOnlySpan<Instant>.Empty, destination);
        Assert.Equal(Duration.FromHours(1), destination[0]);
    }

    [Fact]
    public void Elapsed_over_more_ends_than_one_block_agrees_with_single_calls()
    {
        // 1,000 ends, every 7 hours over about 9 months: many blocks of the batch and many weeks.
        var ends = Enumerable.Range(-10, 1000).Select(i => Start + Duration.FromHours(7 * i)).ToArray();
        var destination = new Duration[ends.Length];
        Office.Elapsed(Start, ends, destination);
        Assert.Equal(ends.Select(e => Office.Elapsed(Start, e)), destination);
    }

    [Fact]
    public void Add_many_budgets_in_any_order()
    {
        Duration[] budgets =
        [
            Duration.FromHours(35),      // a week of business time: Mon 30 Nov 10:00
            Duration.Zero,               // open at the start: the start itself
            Duration.FromHours(2),       // used up at 12:00, a window end: 12:00 (not 13:00)
            Duration.FromMinutes(150),   // 2 h to 12:00, 30 min after lunch: 13:30
            Duration.FromHours(6),       // 17:00
            Duration.FromMinutes(361),   // one minute more: Tuesday 09:01
            Duration.FromHours(4 * 35 + 27), // 167 h: Thu 24 Dec 17:00 (Christmas is closed, so not later)
        ];
        var destination = new Instant[budgets.Length];

        Office.Add(Start, budgets, destination);

        Instant[] expected =
        [
            B(2026, 11, 30, 10, 0), Start, B(2026, 11, 23, 12, 0), B(2026, 11, 23, 13, 30), B(2026, 11, 23, 17, 0),
            B(2026, 11, 24, 9, 1), B(2026, 12, 24, 17, 0),
        ];
        Assert.Equal(expected, destination);
        Assert.Equal(budgets.Select(b => Office.Add(Start, b)), destination);
    }

    [Fact]
    public void Add_with_a_zero_budget_from_a_closed_instant_gives_the_next_opening()
    {
        var destination = new Instant[1];
        Office.Add(B(2026, 11, 28, 10, 0), [Duration.Zero], destination); // Saturday
        Assert.Equal(B(2026, 11, 30, 9, 0), destination[0]);
    }

    [Fact]
    public void Unsorted_ends_are_rejected_with_the_index_of_the_first_one_out_of_order()
    {
        Instant[] ends = [B(2026, 11, 23, 11, 0), B(2026, 11, 23, 12, 0), B(2026, 11, 23, 10, 30), B(2026, 11, 23, 9, 0)];
        var destination = new Duration[4];
        var ex = Assert.Throws<ArgumentException>(() => Office.Elapsed(Start, ends, destination));
        Assert.Equal("ends", ex.ParamName);
        Assert.Equal(
            "ends must be in ascending order; ends[2] (2026-11-23T09:30:00Z) is earlier than ends[1] (2026-11-23T11:00:00Z). Sort them first, or call Elapsed(start, end) for each. (Parameter 'ends')",
            ex.Message);
        Assert.All(destination, d => Assert.Equal(Duration.Zero, d));
    }

    [Fact]
    public void An_end_outside_the_horizon_is_rejected_with_its_index()
    {
        var late = Office.MaxInstant;
        var destination = new Duration[2];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Elapsed(Start, [Start, late], destination));
        Assert.Equal("ends", ex.ParamName);
        Assert.Equal(
            Invariant($"ends[1] must lie within the calendar's horizon [{Office.MinInstant}, {Office.MaxInstant}) (local dates 1900-01-01 to 2199-12-31); it was {late}. (Parameter 'ends')"),
            ex.Message);
    }

    [Fact]
    public void A_start_outside_the_horizon_is_rejected()
    {
        var early = Office.MinInstant - Duration.FromNanoseconds(1);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Elapsed(early, [Start], new Duration[1]));
        Assert.Equal("start", ex.ParamName);
        Assert.StartsWith("start must lie within the calendar's horizon", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(early, [Duration.Zero], new Instant[1]));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void A_short_destination_is_rejected_and_left_unchanged()
    {
        var durations = new Duration[1];
        var ex = Assert.Throws<ArgumentException>(() => Office.Elapsed(Start, [Start, Start], durations));
        Assert.Equal("destination", ex.ParamName);
        Assert.Equal("destination holds 1 elements but 2 are needed; make it at least as long as the input. (Parameter 'destination')", ex.Message);

        var instants = new Instant[1];
        ex = Assert.Throws<ArgumentException>(() => Office.Add(Start, [Duration.Zero, Duration.Zero], instants));
        Assert.Equal("destination", ex.ParamName);
        Assert.Equal(default, instants[0]);
    }

    [Fact]
    public void A_negative_budget_is_rejected_with_its_index_and_nothing_is_written()
    {
        var destination = new Instant[3];
        var negative = Duration.FromSeconds(-1);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Start, [Duration.Zero, Duration.FromHours(1), negative], destination));
        Assert.Equal("budgets", ex.ParamName);
        Assert.Equal(Invariant($"budgets[2] must be zero or positive; it was {negative}. (Parameter 'budgets')"), ex.Message);
        Assert.All(destination, d => Assert.Equal(default, d));
    }

    [Fact]
    public void A_budget_longer_than_the_horizon_is_rejected_with_its_index()
    {
        var huge = Duration.FromDays(365 * 400);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Start, [huge], new Instant[1]));
        Assert.Equal("budgets", ex.ParamName);
        Assert.Equal(Invariant($"budgets[0] cannot be met within the calendar's horizon (local dates 1900-01-01 to 2199-12-31); it was {huge}. (Parameter 'budgets')"), ex.Message);
    }

    [Fact]
    public void A_budget_beyond_64_bit_nanoseconds_is_rejected_with_its_index()
    {
        // 295 years: shorter than the 300-year horizon, longer than 64-bit nanoseconds reach.
        var huge = Duration.FromDays(295 * 365);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Start, [Duration.Zero, huge], new Instant[2]));
        Assert.Equal("budgets", ex.ParamName);
        Assert.StartsWith("budgets[1] must be at most 106,751 days", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_the_calendar_cannot_meet_throws_as_the_single_call_does()
    {
        var budget = Duration.FromDays(365 * 250); // 250 years of business time at 35 h a week: far beyond 2199
        var single = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Start, budget));
        var batch = Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Start, [budget], new Instant[1]));
        Assert.Equal(single.ParamName, batch.ParamName);
        Assert.Equal(single.Message, batch.Message);
    }

    [Fact]
    public void Batches_allocate_nothing()
    {
        var ends = Enumerable.Range(0, 200).Select(i => Start + Duration.FromHours(3 * i)).ToArray();
        var durations = new Duration[ends.Length];
        Duration[] budgets = [Duration.Zero, Duration.FromHours(8), Duration.FromHours(300)];
        var deadlines = new Instant[budgets.Length];
        AllocationAssert.NoAllocations(() => Office.Elapsed(Start, ends, durations));
        AllocationAssert.NoAllocations(() => Office.Add(Start, budgets, deadlines));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
