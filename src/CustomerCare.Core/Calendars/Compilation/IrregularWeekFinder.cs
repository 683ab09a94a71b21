// Finds the irregular weeks of the horizon: those near a clock change, holiday, override or break.
using NodaTime;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Lists the weeks whose business time may differ from the weekly pattern shifted by one constant offset: a week
/// is irregular when a zone transition, a holiday on a day with windows, a date override or a break lies within
/// two days of it. Every other week of the horizon is ordinary and holds exactly the pattern's total.
/// </summary>
internal static class IrregularWeekFinder
{
    /// <summary>The irregular weeks in <c>[firstWeek, endWeek)</c>, ascending, and those near a zone transition.</summary>
    public static (List<int> Weeks, HashSet<int> Shifts) Find(CalendarDefinition definition, ZoneResolver zone, int firstWeek, int endWeek)
    {
        var marked = new HashSet<int>();
        var shifts = new HashSet<int>();
        void MarkDays(long fromDay, long toDay, HashSet<int>? alsoIn)
        {
            for (var d = fromDay; d <= toDay; d++)
            {
                var k = TimeScale.WeekOfDay(d);
                if (k >= firstWeek && k < endWeek)
                {
                    marked.Add(k);
                    alsoIn?.Add(k);
                }
            }
        }

        var transitions = zone.TransitionAt;
        var offsets = zone.OffsetAfter;
        for (var i = 0; i < transitions.Length; i++)
        {
            var at = transitions[i];
            var before = i == 0 ? zone.InitialOffset : offsets[i - 1];
            var after = offsets[i];
            MarkDays(TimeScale.FloorDiv(at + Math.Min(before, after), TimeScale.Day) - 2, TimeScale.FloorDiv(at + Math.Max(before, after), TimeScale.Day) + 2, shifts);
        }

        // A holiday changes nothing on a weekday without windows; the day after matters only for an overnight spill.
        var spills = definition.Week.Any(day => day.Any(w => w.To > TimeScale.Day));
        void MarkHoliday(LocalDate date)
        {
            if (definition.Week[(int)date.DayOfWeek - 1].Length > 0)
            {
                var d = TimeScale.DayNumber(date);
                MarkDays(d, spills ? d + 1 : d, null);
            }
        }

        foreach (var date in definition.Holidays)
        {
            MarkHoliday(date);
        }

        foreach (var date in definition.Overrides.Select(o => o.Key))
        {
            var d = TimeScale.DayNumber(date);
            MarkDays(d, d + 1, null);
        }

        if (definition.YearlyHolidays.Length > 0)
        {
            var firstYear = TimeScale.DateOfDayNumber(TimeScale.MondayLocal(firstWeek) / TimeScale.Day).Year;
            var lastYear = TimeScale.DateOfDayNumber(TimeScale.MondayLocal(endWeek) / TimeScale.Day).Year;
            for (var year = firstYear; year <= lastYear; year++)
            {
                foreach (var annual in definition.YearlyHolidays)
                {
                    if (annual.IsValidYear(year))
                    {
                        MarkHoliday(annual.InYear(year));
                    }
                }
            }
        }

        foreach (var (from, to) in definition.Breaks)
        {
            MarkDays(TimeScale.DayNumber(from.Date) - 1, TimeScale.DayNumber(to.Date) + 1, null);
        }

        var weeks = marked.ToList();
        weeks.Sort();
        return (weeks, shifts);
    }
}
