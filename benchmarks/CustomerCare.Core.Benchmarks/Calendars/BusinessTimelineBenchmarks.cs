// The business timeline's hot lookups (F(t) and its inverse) as the SLA engine calls them, and the cost of compiling it.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Calendars;

/// <summary>
/// Europe/Berlin, Mon–Fri 09:00–12:00 + 13:00–17:00 with eight yearly holidays (~1,300 irregular weeks over
/// 1900–2199). "Ticket" is 12 instants of one ticket over 9 days across a clock change; "scattered" is
/// 16 instants (or cumulative targets) spread over 1901–2198, where a binary search over the irregular weeks misses
/// the cache and mispredicts. Each method is one batch, so divide its time by 12 or 16 for one lookup.
/// </summary>
[MemoryDiagnoser]
public class BusinessTimelineBenchmarks
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static readonly AnnualDate[] YearlyHolidays =
        [new(1, 1), new(5, 1), new(10, 3), new(10, 31), new(11, 1), new(12, 24), new(12, 25), new(12, 26)];

    private readonly BusinessTimeline _timeline;
    private readonly long[] _ticket;
    private readonly long[] _scattered;
    private readonly long[] _targets;
    private readonly long[] _destination = new long[16];

    public BusinessTimelineBenchmarks()
    {
        _timeline = BuildBerlin().BusinessTimeline;

        // Thu 2026-10-22 09:10 onwards, across the clock change of Sun 25th (an irregular week), over 9 days.
        var start = new LocalDateTime(2026, 10, 22, 9, 10).InZoneStrictly(Berlin).ToInstant();
        int[] hours = [0, 1, 3, 6, 22, 26, 49, 75, 98, 120, 170, 216];
        _ticket = [.. hours.Select(h => BusinessTimeline.ToPosition(start + Duration.FromHours(h) + Duration.FromMinutes(h * 7)))];

        var random = new Random(20261122);
        _scattered = [.. Enumerable.Range(0, 16).Select(_ => BusinessTimeline.ToPosition(
            new LocalDateTime(1901 + random.Next(297), 1, 1, 0, 0).InZoneLeniently(Berlin).ToInstant() + Duration.FromMinutes(random.Next(365 * 1440))))];
        _targets = [.. _scattered.Select(t => _timeline.Cumulative(t) + (random.Next(40 * 60) * NodaConstants.NanosecondsPerMinute))];
    }

    [Benchmark]
    public BusinessCalendar Build_Berlin_8_yearly_holidays() => BuildBerlin();

    [Benchmark]
    public long Cumulative_ticket_12()
    {
        long sum = 0;
        foreach (var t in _ticket)
        {
            sum += _timeline.Cumulative(t);
        }

        return sum;
    }

    [Benchmark]
    public long CumulativeSorted_ticket_12()
    {
        _timeline.CumulativeSorted(_ticket, _destination, default);
        return _destination[11];
    }

    [Benchmark]
    public long Cumulative_scattered_16()
    {
        long sum = 0;
        foreach (var t in _scattered)
        {
            sum += _timeline.Cumulative(t);
        }

        return sum;
    }

    [Benchmark]
    public long TryInvert_scattered_16()
    {
        long sum = 0;
        foreach (var target in _targets)
        {
            _ = _timeline.TryInvert(target, strict: false, out var t);
            sum += t;
        }

        return sum;
    }

    private static BusinessCalendar BuildBerlin()
    {
        var builder = new BusinessCalendarBuilder(Berlin)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 0), new LocalTime(17, 0));
        foreach (var date in YearlyHolidays)
        {
            builder.AddYearlyHoliday(date);
        }

        return builder.Build();
    }
}
