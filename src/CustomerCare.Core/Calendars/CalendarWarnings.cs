// Finds the signs of a calendar definition that is valid but nearly always a mistake.
namespace CustomerCare.Core.Calendars;

/// <summary>
/// The checks behind <see cref="BusinessCalendar.Warnings"/>. The list is short on purpose: each signal is nearly
/// always a mistake, never merely unusual.
/// </summary>
internal static class CalendarWarnings
{
    private const long SixtyHours = 60L * 3_600_000_000_000L;

    /// <summary>The warnings of <paramref name="definition"/>, whose ordinary week holds <paramref name="weekTotal"/> ns.</summary>
    public static IReadOnlyList<string> Find(CalendarDefinition definition, long weekTotal)
    {
        List<string>? warnings = null;

        // A 17:00–09:00 window typed for 09:00–17:00: every weekday runs overnight and the week passes 60 h.
        var weekdays = definition.Week.Take(5).ToArray();
        if (weekTotal > SixtyHours && weekdays.All(day => day.Any(w => w.To > LocalWindow.NanosecondsPerDay)))
        {
            // Stryker disable once Linq : the All check above guarantees Monday has such a window, so First and FirstOrDefault agree
            var first = weekdays[0].First(w => w.To > LocalWindow.NanosecondsPerDay);
            // Stryker disable once Assignment : this is the only warning added, so the list is always null here and ??= equals =
            (warnings ??= []).Add(
                $"Every weekday has an overnight window (e.g. Monday {BusinessCalendarBuilder.Format(first.From)}–{BusinessCalendarBuilder.Format(first.To - LocalWindow.NanosecondsPerDay)}) and the ordinary week is open {weekTotal / 3_600_000_000_000.0:0.#} h; if day hours were meant, swap each window's start and end.");
        }

        return warnings ?? (IReadOnlyList<string>)[];
    }
}
