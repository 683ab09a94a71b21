// The batch Elapsed and Add (one start, many sorted ends or many budgets) against a loop of single calls.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Calendars;

/// <summary>
/// Europe/Berlin, Mon–Fri 09:00–12:00 + 13:00–17:00 with five yearly holidays. "Month" is 1,000 sorted ends spread over
/// the 30 days after Monday 2026-11-02 08:00 (tickets of a month, each measured from the month's start): many ends
/// share a week. "Ticket" is the 12 instants of one ticket over 9 days. "Budgets" is the warning points and deadlines
/// of four targets from one start. Each category compares the batch with a loop of single calls; Mean is per batch.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBatchBenchmarks
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private readonly BusinessCalendar _calendar;
    private readonly Instant _start = new LocalDateTime(2026, 11, 2, 8, 0).InZoneStrictly(Berlin).ToInstant();
    private readonly Instant[] _month;
    private readonly Instant[] _ticket;
    private readonly Duration[] _budgets;
    private readonly Duration[] _elapsed = new Duration[1000];
    private readonly Instant[] _deadlines = new Instant[8];

    public CalendarBatchBenchmarks()
    {
        var builder = new BusinessCalendarBuilder(Berlin)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 0), new LocalTime(17, 0));
        foreach (var date in new AnnualDate[] { new(1, 1), new(5, 1), new(10, 3), new(12, 25), new(12, 26) })
        {
            builder.AddYearlyHoliday(date);
        }

        _calendar = builder.Build();
        var random = new Random(20261130);
        _month = [.. Enumerable.Range(0, 1000).Select(_ => _start + Duration.FromSeconds(random.Next(30 * 86400))).Order()];
        int[] hours = [0, 1, 3, 6, 22, 26, 49, 75, 98, 120, 170, 216];
        _ticket = [.. hours.Select(h => _start + Duration.FromHours(h) + Duration.FromMinutes(h * 7))];
        _budgets = [.. new[] { 0.75, 1, 6, 8, 12, 16, 24, 32 }.Select(Duration.FromHours)];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Elapsed month 1000")]
    public Duration Loop_Elapsed_month_1000()
    {
        for (var i = 0; i < _month.Length; i++)
        {
            _elapsed[i] = _calendar.Elapsed(_start, _month[i]);
        }

        return _elapsed[^1];
    }

    [Benchmark, BenchmarkCategory("Elapsed month 1000")]
    public Duration Batch_Elapsed_month_1000()
    {
        _calendar.Elapsed(_start, _month, _elapsed);
        return _elapsed[^1];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Elapsed ticket 12")]
    public Duration Loop_Elapsed_ticket_12()
    {
        for (var i = 0; i < _ticket.Length; i++)
        {
            _elapsed[i] = _calendar.Elapsed(_start, _ticket[i]);
        }

        return _elapsed[_ticket.Length - 1];
    }

    [Benchmark, BenchmarkCategory("Elapsed ticket 12")]
    public Duration Batch_Elapsed_ticket_12()
    {
        _calendar.Elapsed(_start, _ticket, _elapsed);
        return _elapsed[_ticket.Length - 1];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Add budgets 8")]
    public Instant Loop_Add_budgets_8()
    {
        for (var i = 0; i < _budgets.Length; i++)
        {
            _deadlines[i] = _calendar.Add(_start, _budgets[i]);
        }

        return _deadlines[^1];
    }

    [Benchmark, BenchmarkCategory("Add budgets 8")]
    public Instant Batch_Add_budgets_8()
    {
        _calendar.Add(_start, _budgets, _deadlines);
        return _deadlines[^1];
    }
}
