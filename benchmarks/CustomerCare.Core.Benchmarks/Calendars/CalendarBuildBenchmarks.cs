// What a calendar costs to build and to keep: per-request builds, cold and warm zones, first calls into irregular weeks.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace CustomerCare.Core.Benchmarks.Calendars;

/// <summary>
/// The benchmark calendar: Europe/Berlin, Mon–Fri 09:00–12:00 + 13:00–17:00, 24 holiday entries (12 one-off
/// Easter-based dates 2026–2029 and 12 yearly dates). "Cold zone" takes the zone from a new zone cache each time,
/// so no transition of it has been read yet; "warm zone" reuses the provider's cached zone. The first-call pairs
/// build a calendar and make one call into an irregular week (a holiday week) or an ordinary one: minus
/// <see cref="Build_warm_zone"/>, they are what the first call into a year costs.
/// </summary>
[MemoryDiagnoser]
public class CalendarBuildBenchmarks
{
    internal static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static readonly LocalDate[] EasterHolidays =
    [
        new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 25),
        new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 17),
        new(2028, 4, 14), new(2028, 4, 17), new(2028, 6, 5),
        new(2029, 3, 30), new(2029, 4, 2), new(2029, 5, 21),
    ];

    private static readonly AnnualDate[] YearlyHolidays =
    [
        new(1, 1), new(1, 6), new(3, 8), new(5, 1), new(8, 15), new(10, 3),
        new(10, 31), new(11, 1), new(12, 24), new(12, 25), new(12, 26), new(12, 31),
    ];

    // Tue 2026-12-22 10:00: the Christmas week (irregular); Wed 2026-11-25 10:15: an ordinary week.
    private static readonly Instant InHolidayWeek = new LocalDateTime(2026, 12, 22, 10, 0).InZoneStrictly(Berlin).ToInstant();
    private static readonly Instant InOrdinaryWeek = new LocalDateTime(2026, 11, 25, 10, 15).InZoneStrictly(Berlin).ToInstant();

    private BusinessCalendar _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _warm = BuildBenchmarkCalendar(Berlin);
        _ = _warm.Add(InHolidayWeek, Duration.FromHours(8));
        _ = _warm.Add(InOrdinaryWeek, Duration.FromHours(8));
    }

    [Benchmark]
    public BusinessCalendar Build_warm_zone() => BuildBenchmarkCalendar(Berlin);

    [Benchmark]
    public BusinessCalendar Build_cold_zone() => BuildBenchmarkCalendar(new DateTimeZoneCache(TzdbDateTimeZoneSource.Default)["Europe/Berlin"]);

    [Benchmark]
    public Instant Build_then_first_Add_holiday_week() => BuildBenchmarkCalendar(Berlin).Add(InHolidayWeek, Duration.FromHours(8));

    [Benchmark]
    public Instant Build_then_first_Add_ordinary_week() => BuildBenchmarkCalendar(Berlin).Add(InOrdinaryWeek, Duration.FromHours(8));

    [Benchmark]
    public Instant Warm_Add_holiday_week() => _warm.Add(InHolidayWeek, Duration.FromHours(8));

    [Benchmark]
    public Instant Warm_Add_ordinary_week() => _warm.Add(InOrdinaryWeek, Duration.FromHours(8));

    /// <summary>The benchmark calendar in <paramref name="zone"/>, with <paramref name="variant"/> moving one yearly holiday so tenants differ.</summary>
    internal static BusinessCalendar BuildBenchmarkCalendar(DateTimeZone zone, int variant = 0)
    {
        var builder = new BusinessCalendarBuilder(zone)
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

        if (variant != 0)
        {
            builder.AddYearlyHoliday(new AnnualDate(1 + (variant % 12), 1 + (variant / 12 % 28)));
        }

        return builder.Build();
    }
}
