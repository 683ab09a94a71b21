// Calendars that several test classes check hand-worked numbers against, defined once.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>Shared test calendars; each is immutable and thread-safe, so test classes may hold the same instance.</summary>
internal static class TestCalendars
{
    /// <summary>
    /// The office desk of the calendar tests: Europe/Berlin (UTC+1 in winter, UTC+2 in summer), Monday to Friday
    /// 09:00–12:00 and 13:00–17:00 (7 h a day, 35 h a week), closed on Christmas Day 2026 (a Friday).
    /// </summary>
    public static readonly BusinessCalendar BerlinOffice = new BusinessCalendarBuilder(DateTimeZoneProviders.Tzdb["Europe/Berlin"])
        .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
        .AddWeekdays(new LocalTime(13, 0), new LocalTime(17, 0))
        .AddHoliday(new LocalDate(2026, 12, 25))
        .Build();
}
