// The compiled calendar's units: instants and local times as 64-bit nanoseconds, days and weeks as integers.
using NodaTime;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Conversions between NodaTime values and the integers the compiled calendar works in. An instant is nanoseconds
/// since the Unix epoch; a local time is nanoseconds since 1970-01-01T00:00 local; a day number counts days from
/// 1970-01-01; a week number counts weeks from the one whose local Monday is 1969-12-29 (week 0).
/// </summary>
internal static class TimeScale
{
    public const long Day = LocalWindow.NanosecondsPerDay;
    public const long Week = 7 * Day;

    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static long ToNanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ToInstant(long nanoseconds) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);

    public static long DayNumber(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpochDayNumber;

    public static LocalDate DateOfDayNumber(long day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)(day + UnixEpochDayNumber)));

    public static long LocalNanoseconds(LocalDateTime local) => (DayNumber(local.Date) * Day) + local.TimeOfDay.NanosecondOfDay;

    /// <summary>The local time at which week <paramref name="week"/> starts: its Monday, 00:00.</summary>
    public static long MondayLocal(int week) => ((7L * week) - 3) * Day;

    /// <summary>The number of the week that holds day <paramref name="day"/>.</summary>
    public static int WeekOfDay(long day) => (int)FloorDiv(day + 3, 7);

    /// <summary>Division rounding towards negative infinity.</summary>
    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }
}
