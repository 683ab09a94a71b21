// FsCheck generators for NodaTime values over a fixed list of real TZDB zones with awkward DST rules.
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>Generators for instants, local dates and times, durations and time zones, at whole-second precision.</summary>
public static class NodaGen
{
    /// <summary>
    /// Real zones chosen for their rules: northern and southern DST (Berlin, New York, Sydney, São Paulo's
    /// abolished DST), none (Ho Chi Minh City), a half-hour offset with abolished DST (Tehran), and UTC.
    /// </summary>
    public static readonly IReadOnlyList<string> ZoneIds =
    [
        "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Ho_Chi_Minh", "Asia/Tehran", "America/Sao_Paulo", "UTC",
    ];

    /// <summary>The first local date the generators produce.</summary>
    public static readonly LocalDate MinDate = new(2000, 1, 1);

    /// <summary>The last local date the generators produce.</summary>
    public static readonly LocalDate MaxDate = new(2039, 12, 31);

    private static readonly int DateSpan = Period.DaysBetween(MinDate, MaxDate);

    /// <summary>One of <see cref="ZoneIds"/>, resolved from the TZDB provider.</summary>
    public static Gen<DateTimeZone> Zone { get; } =
        Gen.Elements(ZoneIds.ToArray()).Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>A local date between <see cref="MinDate"/> and <see cref="MaxDate"/>.</summary>
    public static Gen<LocalDate> LocalDate { get; } = Gen.Choose(0, DateSpan).Select(d => MinDate.PlusDays(d));

    /// <summary>A local time of day at whole seconds.</summary>
    public static Gen<LocalTime> LocalTime { get; } =
        Gen.Choose(0, (24 * 3600) - 1).Select(s => NodaTime.LocalTime.FromSecondsSinceMidnight(s));

    /// <summary>A local date and time at whole seconds.</summary>
    public static Gen<LocalDateTime> LocalDateTime { get; } =
        from date in LocalDate
        from time in LocalTime
        select date + time;

    /// <summary>An instant between the UTC starts of <see cref="MinDate"/> and <see cref="MaxDate"/>, at whole seconds.</summary>
    public static Gen<Instant> Instant { get; } =
        from date in LocalDate
        from second in Gen.Choose(0, (24 * 3600) - 1)
        select date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + NodaTime.Duration.FromSeconds(second);

    /// <summary>A duration of 0 to <paramref name="maxSeconds"/> whole seconds.</summary>
    public static Gen<Duration> Duration(int maxSeconds) => Gen.Choose(0, maxSeconds).Select(s => NodaTime.Duration.FromSeconds(s));
}
