// Finds the irregular weeks of one chunk of the horizon: those near a clock change, holiday, override or break.
using NodaTime;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Marks the weeks whose business time may differ from the weekly pattern shifted by one constant offset: a week
/// is irregular when a zone transition, a holiday on a day with windows, a date override or a break lies within
/// two days of it. Every other week is ordinary and holds exactly the pattern's total. Works on at most 64 weeks at
/// a time (one chunk), reading only the definition's entries near them.
/// </summary>
internal static class IrregularWeekFinder
{
    /// <summary>The irregular weeks among <paramref name="count"/> (at most 64) weeks from <paramref name="firstWeek"/>, as
    /// bit masks: bit i stands for week firstWeek + i; <paramref name="shifts"/> holds those near a zone transition.</summary>
    public static ulong Find(CalendarDefinition definition, ZoneResolver zone, int firstWeek, int count, out ulong shifts)
    {
        var marked = 0UL;
        var shifted = 0UL;
        var endWeek = firstWeek + count;
        void MarkDays(long fromDay, long toDay, bool shift)
        {
            var first = Math.Max(TimeScale.WeekOfDay(fromDay), firstWeek);
            var last = Math.Min(TimeScale.WeekOfDay(toDay), endWeek - 1);
            for (var k = first; k <= last; k++)
            {
                marked |= 1UL << (k - firstWeek);
                if (shift)
                {
                    shifted |= 1UL << (k - firstWeek);
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
            MarkDays(TimeScale.FloorDiv(at + Math.Min(before, after), TimeScale.Day) - 2, TimeScale.FloorDiv(at + Math.Max(before, after), TimeScale.Day) + 2, true);
        }

        // The dates whose entries can touch these weeks: two days either side.
        var firstDay = (TimeScale.MondayLocal(firstWeek) / TimeScale.Day) - 2;
        var lastDay = (TimeScale.MondayLocal(endWeek) / TimeScale.Day) + 2;
        var firstDate = TimeScale.DateOfDayNumber(firstDay);
        var lastDate = TimeScale.DateOfDayNumber(lastDay);

        // A holiday changes nothing on a weekday without windows; the day after matters only for an overnight spill.
        var spills = definition.Spills;
        void MarkHoliday(LocalDate date)
        {
            if (definition.Week[(int)date.DayOfWeek - 1].Length > 0)
            {
                var d = TimeScale.DayNumber(date);
                MarkDays(d, spills ? d + 1 : d, false);
            }
        }

        var holidays = definition.Holidays;
        for (var i = LowerBound(holidays, firstDate); i < holidays.Length && holidays[i] <= lastDate; i++)
        {
            MarkHoliday(holidays[i]);
        }

        var overrides = definition.OverrideDates;
        for (var i = LowerBound(overrides, firstDate); i < overrides.Length && overrides[i] <= lastDate; i++)
        {
            var d = TimeScale.DayNumber(overrides[i]);
            MarkDays(d, d + 1, false);
        }

        if (definition.YearlyHolidays.Length > 0)
        {
            for (var year = firstDate.Year; year <= lastDate.Year; year++)
            {
                foreach (var annual in definition.YearlyHolidays)
                {
                    if (annual.IsValidYear(year))
                    {
                        var date = annual.InYear(year);
                        if (date >= firstDate && date <= lastDate)
                        {
                            MarkHoliday(date);
                        }
                    }
                }
            }
        }

        foreach (var (from, to) in definition.Breaks)
        {
            var fromDay = TimeScale.DayNumber(from.Date) - 1;
            var toDay = TimeScale.DayNumber(to.Date) + 1;
            if (fromDay <= lastDay && toDay >= firstDay)
            {
                MarkDays(Math.Max(fromDay, firstDay), Math.Min(toDay, lastDay), false);
            }
        }

        shifts = shifted;
        return marked;
    }

    /// <summary>The index of the first of the ascending <paramref name="dates"/> at or after <paramref name="date"/>.</summary>
    public static int LowerBound(LocalDate[] dates, LocalDate date)
    {
        var i = Array.BinarySearch(dates, date);
        return i >= 0 ? i : ~i;
    }
}
