// A deliberately simple second-stepping model of the calendar rules, kept in the tests to check the fast implementation.
using CustomerCare.Core.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace CustomerCare.Core.Tests.Calendars;

/// <summary>A random calendar as plain data: windows in minutes after midnight (to = 1440 is 24:00, to &lt; from is overnight).</summary>
public sealed record CalendarSpec(
    string ZoneId,
    (int Day, int From, int To)[] Windows,
    LocalDate[] Holidays,
    (LocalDate Date, int From, int To)[] Overrides,
    LocalDate[] ClosedOverrides,
    (LocalDateTime From, LocalDateTime To)[] Breaks,
    LocalDate Anchor)
{
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[ZoneId];

    public BusinessCalendar Build()
    {
        var builder = new BusinessCalendarBuilder(Zone);
        foreach (var (day, from, to) in Windows)
        {
            builder.AddWindow((IsoDayOfWeek)day, Time(from), Time(to));
        }

        foreach (var date in Holidays)
        {
            builder.AddHoliday(date);
        }

        foreach (var (date, from, to) in Overrides)
        {
            builder.AddOverride(date, Time(from), Time(to));
        }

        foreach (var (from, to) in Breaks)
        {
            builder.AddBreak(from, to);
        }

        return ClosedOverrides.Length == 0 ? builder.Build() : BuildWithClosedOverrides(builder);
    }

    public override string ToString() =>
        $"{ZoneId} anchor {Anchor}; windows [{string.Join(", ", Windows.Select(w => $"{(IsoDayOfWeek)w.Day} {w.From / 60:00}:{w.From % 60:00}-{w.To / 60:00}:{w.To % 60:00}"))}]; " +
        $"holidays [{string.Join(", ", Holidays)}]; overrides [{string.Join(", ", Overrides.Select(o => $"{o.Date} {o.From}-{o.To}"))}]; " +
        $"closed [{string.Join(", ", ClosedOverrides)}]; breaks [{string.Join(", ", Breaks.Select(b => $"{b.From}..{b.To}"))}]";

    private BusinessCalendar BuildWithClosedOverrides(BusinessCalendarBuilder builder)
    {
        // A closed override is an override with no windows; the JSON shape is the public way to say it.
        var json = BusinessCalendarJson.Write(builder.Build());
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var overrides = node["overrides"]!.AsObject();
        foreach (var date in ClosedOverrides)
        {
            overrides[date.ToString("uuuu-MM-dd", null)] = new System.Text.Json.Nodes.JsonArray();
        }

        return BusinessCalendarJson.Read(node.ToJsonString());
    }

    private static LocalTime Time(int minutes) => minutes == 1440 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(minutes);
}

/// <summary>
/// Answers "is the calendar open at this second?" straight from the rules: a second is open when some window that
/// starts on a nearby local date covers it after lenient mapping, and no break or exclusion covers it. Add and
/// Elapsed step one second at a time. Only for small cases: cost grows with the range. The per-second test is a
/// plain loop over arrays (no LINQ, no closure per second): a mutation run executes it for nearly every calendar mutant.
/// </summary>
public sealed class ReferenceCalendar
{
    private readonly (long Start, long End)[] _open;
    private readonly (long Start, long End)[] _closed;

    public ReferenceCalendar(CalendarSpec spec, IEnumerable<Interval> exclusions, LocalDate firstDate, LocalDate lastDate)
    {
        var open = new List<(long Start, long End)>();
        var closed = new List<(long Start, long End)>();
        var zone = spec.Zone;
        long Map(LocalDateTime local) => zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant().ToUnixTimeSeconds();

        for (var date = firstDate; date <= lastDate; date = date.PlusDays(1))
        {
            var d = date;
            IEnumerable<(int From, int To)> windows;
            if (spec.ClosedOverrides.Contains(d))
            {
                windows = [];
            }
            else if (spec.Overrides.Any(o => o.Date == d))
            {
                windows = spec.Overrides.Where(o => o.Date == d).Select(o => (o.From, o.To));
            }
            else if (spec.Holidays.Contains(d))
            {
                windows = [];
            }
            else
            {
                windows = spec.Windows.Where(w => w.Day == (int)d.DayOfWeek).Select(w => (w.From, w.To));
            }

            foreach (var (from, to) in windows)
            {
                var end = to <= from ? to + 1440 : to;
                open.Add((Map(d.AtMidnight().PlusMinutes(from)), Map(d.AtMidnight().PlusMinutes(end))));
            }
        }

        foreach (var (from, to) in spec.Breaks)
        {
            closed.Add((Map(from), Map(to)));
        }

        foreach (var interval in exclusions)
        {
            closed.Add((interval.Start.ToUnixTimeSeconds(), interval.End.ToUnixTimeSeconds()));
        }

        _open = [.. open];
        _closed = [.. closed];
    }

    public bool IsOpen(long second) => Covers(_open, second) && !Covers(_closed, second);

    private static bool Covers((long Start, long End)[] intervals, long second)
    {
        foreach (var (start, end) in intervals)
        {
            if (start <= second && second < end)
            {
                return true;
            }
        }

        return false;
    }

    public long Elapsed(long start, long end)
    {
        long count = 0;
        for (var t = start; t < end; t++)
        {
            if (IsOpen(t))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The deadline in Unix seconds, or null when it lies beyond <paramref name="limit"/>.</summary>
    public long? Add(long start, long budget, long limit)
    {
        var t = start;
        if (budget == 0)
        {
            while (t < limit && !IsOpen(t))
            {
                t++;
            }

            return t < limit ? t : null;
        }

        var remaining = budget;
        for (; t < limit; t++)
        {
            if (IsOpen(t) && --remaining == 0)
            {
                return t + 1;
            }
        }

        return null;
    }
}
