// Business-time Add and Elapsed on a Berlin office calendar, against a naive minute-stepping baseline.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Calendars;

/// <summary>
/// Europe/Berlin, Mon–Fri 09:00–12:00 + 13:00–17:00, eight holidays a year (five yearly, three Easter-based
/// one-offs). Add of 8 h, 72 h and 3,000 h from Wednesday 2026-11-25 10:15 and Elapsed over 1 day, 1 month and
/// 3 years; each case has its own category whose baseline is a naive loop that steps one minute at a time.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(TrendConfig))]
public class CalendarsBenchmarks
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static readonly LocalDate[] EasterHolidays =
    [
        new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 25),
        new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 17),
        new(2028, 4, 14), new(2028, 4, 17), new(2028, 6, 5),
        new(2029, 3, 30), new(2029, 4, 2), new(2029, 5, 21),
    ];

    private static readonly AnnualDate[] YearlyHolidays = [new(1, 1), new(5, 1), new(10, 3), new(12, 25), new(12, 26)];

    private readonly BusinessCalendar _calendar;
    private readonly NaiveCalendar _naive;
    private readonly Instant _start = new LocalDateTime(2026, 11, 25, 10, 15).InZoneStrictly(Berlin).ToInstant();

    public CalendarsBenchmarks()
    {
        var builder = new BusinessCalendarBuilder(Berlin)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 0), new LocalTime(17, 0));
        foreach (var date in EasterHolidays)
        {
            builder.AddHoliday(date);
        }

        foreach (var date in YearlyHolidays)
        {
            builder.AddYearlyHoliday(date);
        }

        _calendar = builder.Build();
        _naive = new NaiveCalendar(Berlin, [.. EasterHolidays], YearlyHolidays);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Add 8 h")]
    public Instant Naive_Add_8h() => _naive.Add(_start, 8 * 60);

    [Benchmark, BenchmarkCategory("Add 8 h")]
    public Instant Add_8h() => _calendar.Add(_start, Duration.FromHours(8));

    [Benchmark(Baseline = true), BenchmarkCategory("Add 72 h")]
    public Instant Naive_Add_72h() => _naive.Add(_start, 72 * 60);

    [Benchmark, BenchmarkCategory("Add 72 h")]
    public Instant Add_72h() => _calendar.Add(_start, Duration.FromHours(72));

    [Benchmark(Baseline = true), BenchmarkCategory("Add 3000 h")]
    public Instant Naive_Add_3000h() => _naive.Add(_start, 3000 * 60);

    [Benchmark, BenchmarkCategory("Add 3000 h")]
    public Instant Add_3000h() => _calendar.Add(_start, Duration.FromHours(3000));

    [Benchmark(Baseline = true), BenchmarkCategory("Elapsed 1 day")]
    public Duration Naive_Elapsed_1day() => _naive.Elapsed(_start, _start + Duration.FromDays(1));

    [Benchmark, BenchmarkCategory("Elapsed 1 day")]
    public Duration Elapsed_1day() => _calendar.Elapsed(_start, _start + Duration.FromDays(1));

    [Benchmark(Baseline = true), BenchmarkCategory("Elapsed 1 month")]
    public Duration Naive_Elapsed_1month() => _naive.Elapsed(_start, _start + Duration.FromDays(30));

    [Benchmark, BenchmarkCategory("Elapsed 1 month")]
    public Duration Elapsed_1month() => _calendar.Elapsed(_start, _start + Duration.FromDays(30));

    [Benchmark(Baseline = true), BenchmarkCategory("Elapsed 3 years")]
    public Duration Naive_Elapsed_3years() => _naive.Elapsed(_start, _start + Duration.FromDays(3 * 365));

    [Benchmark, BenchmarkCategory("Elapsed 3 years")]
    public Duration Elapsed_3years() => _calendar.Elapsed(_start, _start + Duration.FromDays(3 * 365));

    /// <summary>Ratios of 1/100,000 read better as "100,000x faster".</summary>
    private sealed class TrendConfig : ManualConfig
    {
        public TrendConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }

    /// <summary>What a help desk often ships: look at every minute, ask the zone for its local time, count it if open.</summary>
    private sealed class NaiveCalendar(DateTimeZone zone, HashSet<LocalDate> holidays, AnnualDate[] yearly)
    {
        public Instant Add(Instant start, int minutes)
        {
            var t = start;
            while (minutes > 0)
            {
                if (IsOpen(t))
                {
                    minutes--;
                }

                t += Duration.FromMinutes(1);
            }

            return t;
        }

        public Duration Elapsed(Instant start, Instant end)
        {
            var minutes = 0;
            for (var t = start; t < end; t += Duration.FromMinutes(1))
            {
                if (IsOpen(t))
                {
                    minutes++;
                }
            }

            return Duration.FromMinutes(minutes);
        }

        private bool IsOpen(Instant t)
        {
            var local = t.InZone(zone).LocalDateTime;
            if (local.DayOfWeek >= IsoDayOfWeek.Saturday || holidays.Contains(local.Date) || Array.IndexOf(yearly, new AnnualDate(local.Month, local.Day)) >= 0)
            {
                return false;
            }

            var hour = local.Hour;
            return hour is (>= 9 and < 12) or (>= 13 and < 17);
        }
    }
}
