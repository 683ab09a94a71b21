// Lazy compilation of the timeline: what building and first calls compile, what they allocate, and many threads at once.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class LazyCompilationTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Fact]
    public void Building_compiles_no_chunk_and_one_Add_compiles_only_the_chunks_it_needs()
    {
        var calendar = Desk();
        Assert.Equal(0, calendar.BusinessTimeline.CompiledChunks);

        Assert.Equal(At(2026, 11, 26, 10, 15), calendar.Add(At(2026, 11, 25, 10, 15), Duration.FromHours(7)));
        Assert.InRange(calendar.BusinessTimeline.CompiledChunks, 1, 2);

        // Elapsed across ten years compiles the chunks between them (64 weeks each), and no others.
        _ = calendar.Elapsed(At(2026, 11, 25, 10, 15), At(2036, 11, 25, 10, 15));
        Assert.InRange(calendar.BusinessTimeline.CompiledChunks, 9, 11);
    }

    [Fact]
    public void An_always_open_calendar_finds_no_closing_to_the_end_of_the_horizon_without_compiling_it()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Berlin);
        Assert.Null(calendar.NextClosing(At(1901, 3, 1, 12, 0)));
        Assert.InRange(calendar.BusinessTimeline.CompiledChunks, 1, 3);
    }

    [Fact]
    public void An_always_open_calendar_with_holidays_far_apart_closes_at_each_of_them()
    {
        var builder = new BusinessCalendarBuilder(Berlin);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddWindow(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        var calendar = builder.AddHoliday(new LocalDate(2150, 6, 3)).AddYearlyHoliday(new AnnualDate(2, 29)).Build();
        Assert.Equal(At(1904, 2, 29, 0, 0), calendar.NextClosing(At(1901, 3, 1, 12, 0)));
        Assert.Equal(At(2150, 6, 3, 0, 0), calendar.NextClosing(At(2149, 3, 1, 12, 0)));
        Assert.Equal(At(2152, 2, 29, 0, 0), calendar.NextClosing(At(2150, 6, 4, 0, 0)));
        Assert.Null(calendar.NextClosing(At(2196, 3, 1, 0, 0)));
    }

    [Fact]
    public void The_first_call_into_a_year_allocates_a_bounded_amount_and_a_warm_call_nothing()
    {
        // Documented: a chunk (64 weeks) costs about 1.5 KB, an irregular week's windows a few hundred bytes.
        var calendar = Desk();
        var christmasWeek = At(2026, 12, 22, 10, 0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = calendar.Add(christmasWeek, Duration.FromHours(8));
        var cold = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(cold, 1, 8 * 1024);
        AllocationAssert.NoAllocations(() => calendar.Add(christmasWeek, Duration.FromHours(8)));
    }

    [Fact]
    public void Many_threads_on_years_not_compiled_yet_give_the_single_threaded_answers()
    {
        // Queries spread over the whole horizon, so the threads race to compile the same chunks, bases and weeks.
        var random = new Random(20261130);
        var queries = Enumerable.Range(0, 400).Select(_ => (
            Start: At(1901 + random.Next(295), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), random.Next(60)),
            Hours: random.Next(0, 600),
            Days: random.Next(0, 900))).ToArray();
        string Answer(BusinessCalendar calendar, int i)
        {
            var (start, hours, days) = queries[i];
            var end = start + Duration.FromDays(days);
            return string.Join(
                " | ",
                calendar.Add(start, Duration.FromHours(hours)),
                calendar.Elapsed(start, end),
                calendar.Subtract(end, Duration.FromHours(hours)),
                calendar.IsOpen(start),
                calendar.NextClosing(start),
                calendar.NextOpening(end));
        }

        var reference = Desk();
        var expected = Enumerable.Range(0, queries.Length).Select(i => Answer(reference, i)).ToArray();

        const int threads = 8;
        var shared = Desk();
        var results = new string[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(w => new Thread(() =>
        {
            var order = Enumerable.Range(0, queries.Length).ToArray();
            new Random(w).Shuffle(order);
            var mine = new string[queries.Length];
            start.SignalAndWait();
            foreach (var i in order)
            {
                mine[i] = Answer(shared, i);
            }

            results[w] = mine;
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        for (var w = 0; w < threads; w++)
        {
            for (var i = 0; i < queries.Length; i++)
            {
                Assert.True(expected[i] == results[w][i], $"thread {w}, query {i} ({queries[i]}): expected {expected[i]}, got {results[w][i]}");
            }
        }
    }

    // Mon–Fri 09–12 + 13–17 in Berlin with yearly and one-off holidays and a break: irregular weeks in every chunk.
    private static BusinessCalendar Desk() =>
        new BusinessCalendarBuilder(Berlin)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 0), new LocalTime(17, 0))
            .AddYearlyHoliday(new AnnualDate(1, 1))
            .AddYearlyHoliday(new AnnualDate(5, 1))
            .AddYearlyHoliday(new AnnualDate(12, 24))
            .AddYearlyHoliday(new AnnualDate(12, 25))
            .AddYearlyHoliday(new AnnualDate(12, 26))
            .AddHoliday(new LocalDate(2027, 3, 26))
            .AddHoliday(new LocalDate(2150, 4, 10))
            .AddBreak(new LocalDateTime(2030, 7, 1, 10, 0), new LocalDateTime(2030, 7, 15, 12, 0))
            .Build();

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(Berlin).ToInstant();
}
