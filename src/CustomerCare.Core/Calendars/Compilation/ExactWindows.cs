// The exact open intervals of a stretch of the time line, worked out day by day from the definition (the slow path).
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Computes the open intervals of any stretch of the time line from the calendar's definition, day by day: each
/// date's windows (its override, else none on a holiday, else the weekly ones; an overnight window belongs to the
/// date it starts on) mapped to instants, merged, minus the breaks. Used for the few irregular weeks of one chunk
/// only; the ordinary weeks repeat the weekly pattern. Immutable.
/// </summary>
internal sealed class ExactWindows
{
    private readonly CalendarDefinition _definition;
    private readonly long[] _breakStart;
    private readonly long[] _breakEnd;

    /// <summary>Prepares the windows of the local days <c>[firstDay, lastDay]</c> (day numbers), whose breaks are resolved
    /// through <paramref name="zone"/>; <paramref name="zone"/> must know the transitions near those days.</summary>
    public ExactWindows(CalendarDefinition definition, ZoneResolver zone, long firstDay, long lastDay)
    {
        _definition = definition;
        Zone = zone;
        var breaks = definition.Breaks
            .Where(b => TimeScale.DayNumber(b.To.Date) >= firstDay - 1 && TimeScale.DayNumber(b.From.Date) <= lastDay + 1)
            .Select(b => (Start: zone.Resolve(TimeScale.LocalNanoseconds(b.From)), End: zone.Resolve(TimeScale.LocalNanoseconds(b.To))))
            .Where(b => b.Start < b.End)
            .ToList();
        IntervalMerge.SortAndMerge(breaks);
        _breakStart = [.. breaks.Select(b => b.Start)];
        _breakEnd = [.. breaks.Select(b => b.End)];
    }

    /// <summary>Gets the zone mapping the windows go through.</summary>
    public ZoneResolver Zone { get; }

    /// <summary>The windows of <c>[from, to)</c> as a searchable week.</summary>
    public WeekWindows Build(long from, long to, bool shifts)
    {
        var result = new List<(long Start, long End)>();
        Fill(from, to, shifts, result, []);
        return new WeekWindows(result);
    }

    /// <summary>
    /// Writes the open intervals of <c>[from, to)</c> to <paramref name="result"/> (cleared first), sorted, disjoint and
    /// separated. When <paramref name="shifts"/> is false no zone transition lies near the stretch, so one offset maps
    /// it all; otherwise every bound is resolved on its own.
    /// </summary>
    public void Fill(long from, long to, bool shifts, List<(long Start, long End)> result, List<(long Start, long End)> scratch)
    {
        result.Clear();
        // Without shifts the offset at the stretch start maps it all; with them it only picks the first day.
        var constantOffset = Zone.OffsetAt(from);
        var firstDay = TimeScale.FloorDiv(from + constantOffset, TimeScale.Day) - 2;
        var lastDay = TimeScale.FloorDiv(to + Zone.OffsetAt(to), TimeScale.Day) + 1;
        var raw = scratch;
        raw.Clear();
        for (var d = firstDay; d <= lastDay; d++)
        {
            foreach (var w in _definition.WindowsStartingOn(TimeScale.DateOfDayNumber(d)))
            {
                var localStart = (d * TimeScale.Day) + w.From;
                var localEnd = (d * TimeScale.Day) + w.To;
                var start = Math.Max(shifts ? Zone.Resolve(localStart) : localStart - constantOffset, from);
                var end = Math.Min(shifts ? Zone.Resolve(localEnd) : localEnd - constantOffset, to);
                if (start < end)
                {
                    raw.Add((start, end));
                }
            }
        }

        IntervalMerge.SortAndMerge(raw);
        foreach (var (start, end) in raw)
        {
            // Remove the breaks, which are few and sorted: from the first one that ends after the interval's start.
            var s = start;
            for (var b = SortedSearch.CountAtOrBelow<long>(_breakEnd, s); b < _breakStart.Length && _breakStart[b] < end && s < end; b++)
            {
                if (_breakStart[b] > s)
                {
                    result.Add((s, _breakStart[b]));
                }

                s = Math.Max(s, _breakEnd[b]);
            }

            if (s < end)
            {
                result.Add((s, end));
            }
        }
    }
}
