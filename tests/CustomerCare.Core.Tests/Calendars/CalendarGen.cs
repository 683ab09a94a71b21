// FsCheck generators for random calendars near interesting dates (often a DST change), with instants and pauses around them.
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Interval = NodaTime.Interval;

namespace CustomerCare.Core.Tests.Calendars;

/// <summary>One random case: a calendar, a start second, a budget, a span and pauses, all close together.</summary>
public sealed record CalendarCase(CalendarSpec Spec, Instant Start, long BudgetSeconds, long SpanSeconds, Interval[] Pauses)
{
    public override string ToString() =>
        $"{Spec}; start {Start} ({Start.InZone(Spec.Zone).LocalDateTime}); budget {BudgetSeconds} s; span {SpanSeconds} s; pauses [{string.Join(", ", Pauses)}]";
}

public static class CalendarGen
{
    private static readonly Gen<(int Day, int From, int To)> Window =
        from day in Gen.Choose(1, 7)
        from early in Gen.Choose(0, 2)
        from slot in early == 0 ? Gen.Choose(4, 11) : Gen.Choose(0, 95)
        from length in Gen.Frequency((3, Gen.Choose(1, 40)), (1, Gen.Choose(41, 95)))
        select (day, slot * 15, ToEnd(slot * 15, length * 15));

    /// <summary>A random calendar spec whose anchor date is often a clock change of its zone.</summary>
    public static Gen<CalendarSpec> Spec { get; } =
        from zoneId in Gen.Elements(NodaGen.ZoneIds.ToArray())
        from year in Gen.Choose(2000, 2039)
        from dayOfYear in Gen.Choose(0, 364)
        from nearTransition in Gen.Choose(0, 2)
        from shift in Gen.Choose(-2, 2)
        let anchor = Anchor(zoneId, year, dayOfYear, nearTransition != 0, shift)
        from windows in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Window, n))
        from holidayOffsets in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Gen.Choose(-2, 4), n))
        from overrideOffset in Gen.Choose(-2, 6)
        from overrideWindows in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Window, n))
        from closedOffset in Gen.Choose(-2, 8)
        from breakCount in Gen.Choose(0, 1)
        from breakStart in Gen.Choose(0, 4 * 96)
        from breakLength in Gen.Choose(1, 48)
        let holidays = holidayOffsets.Distinct().Where(o => o != overrideOffset && o != closedOffset).Select(anchor.PlusDays).ToArray()
        let overrideDate = anchor.PlusDays(overrideOffset)
        select new CalendarSpec(
            zoneId,
            windows,
            holidays,
            [.. overrideWindows.Select(w => (overrideDate, w.From, w.To))],
            closedOffset > 4 || closedOffset == overrideOffset ? [] : [anchor.PlusDays(closedOffset)],
            breakCount == 0 ? [] : [(anchor.PlusDays(-1).AtMidnight().PlusMinutes(breakStart * 15), anchor.PlusDays(-1).AtMidnight().PlusMinutes((breakStart + breakLength) * 15))],
            anchor);

    /// <summary>A case whose budgets and spans stay small enough for the second-stepping reference.</summary>
    public static Gen<CalendarCase> SmallCase { get; } = CaseWith(maxBudgetSeconds: 8 * 3600, maxSpanSeconds: 2 * 86400);

    /// <summary>A case with budgets up to a few hundred hours, for the laws.</summary>
    public static Gen<CalendarCase> LargeCase { get; } = CaseWith(maxBudgetSeconds: 400 * 3600, maxSpanSeconds: 40 * 86400);

    private static Gen<CalendarCase> CaseWith(int maxBudgetSeconds, int maxSpanSeconds) =>
        from spec in Spec
        from startSecond in Gen.Choose(-86400, 2 * 86400)
        from budget in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 120)), (6, Gen.Choose(0, maxBudgetSeconds)))
        from span in Gen.Choose(0, maxSpanSeconds)
        from pauseCount in Gen.Choose(0, 3)
        from pauseBounds in Gen.ArrayOf(Gen.Choose(0, 3 * 86400 / 60), pauseCount * 2)
        let start = spec.Anchor.AtStartOfDayInZone(spec.Zone).ToInstant() + Duration.FromSeconds(startSecond)
        select new CalendarCase(spec, start, budget, span, Pauses(start, pauseBounds));

    private static Interval[] Pauses(Instant start, int[] minutes)
    {
        var sorted = minutes.Order().ToArray();
        var pauses = new List<Interval>();
        for (var i = 0; i + 1 < sorted.Length; i += 2)
        {
            pauses.Add(new Interval(start + Duration.FromMinutes(sorted[i] - 600), start + Duration.FromMinutes(sorted[i + 1] - 600)));
        }

        return [.. pauses];
    }

    private static int ToEnd(int from, int length)
    {
        var end = from + length;
        return end == 1440 ? 1440 : end % 1440;
    }

    private static LocalDate Anchor(string zoneId, int year, int dayOfYear, bool nearTransition, int shift)
    {
        var date = new LocalDate(year, 1, 1).PlusDays(dayOfYear);
        if (nearTransition)
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var transitions = zone.GetZoneIntervals(new LocalDate(year, 1, 1).AtStartOfDayInZone(zone).ToInstant(), new LocalDate(year, 12, 31).AtStartOfDayInZone(zone).ToInstant())
                .Where(z => z.HasStart && z.Start.InUtc().Year == year)
                .ToList();
            if (transitions.Count > 0)
            {
                date = transitions[dayOfYear % transitions.Count].Start.InZone(zone).Date.PlusDays(shift);
            }
        }

        return date;
    }
}
