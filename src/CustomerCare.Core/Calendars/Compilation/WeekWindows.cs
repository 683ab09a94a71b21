// The open windows of one week, sorted and disjoint, with the business time before each: the in-week search.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Sorted, disjoint, non-empty <c>[start, end)</c> windows (nanoseconds: offsets from a local Monday for the weekly
/// pattern, instants for an irregular week) with the business time before each window and at its end. Answers the
/// two in-week questions of business-time arithmetic: how much business time lies before a point, and where a given
/// amount of it is reached. Immutable.
/// </summary>
internal sealed class WeekWindows
{
    private readonly long[] _start;
    private readonly long[] _end;
    private readonly long[] _before;
    private readonly long[] _reached;

    /// <summary>Takes windows already merged (see <see cref="IntervalMerge"/>).</summary>
    public WeekWindows(List<(long Start, long End)> merged)
    {
        var n = merged.Count;
        _start = new long[n];
        _end = new long[n];
        _before = new long[n];
        _reached = new long[n];
        long total = 0;
        for (var i = 0; i < n; i++)
        {
            (_start[i], _end[i]) = merged[i];
            _before[i] = total;
            total += _end[i] - _start[i];
            _reached[i] = total;
        }

        Total = total;
    }

    /// <summary>The weekly pattern of <paramref name="definition"/>: offsets from local Monday 00:00 in [0, 1 week), merged;
    /// a window that spills past Sunday midnight wraps to Monday.</summary>
    public static WeekWindows WeeklyPattern(CalendarDefinition definition)
    {
        var pattern = new List<(long Start, long End)>();
        for (var day = 0; day < 7; day++)
        {
            foreach (var w in definition.Week[day])
            {
                var start = (day * TimeScale.Day) + w.From;
                var end = (day * TimeScale.Day) + w.To;
                if (end <= TimeScale.Week)
                {
                    pattern.Add((start, end));
                }
                else
                {
                    pattern.Add((start, TimeScale.Week));
                    pattern.Add((0, end - TimeScale.Week));
                }
            }
        }

        IntervalMerge.SortAndMerge(pattern);
        return new WeekWindows(pattern);
    }

    /// <summary>Gets the business time of all the windows.</summary>
    public long Total { get; }

    /// <summary>The business time of the windows before <paramref name="x"/>.</summary>
    public long CumulativeBefore(long x)
    {
        var lo = SortedSearch.CountAtOrBelowFew(_start, x);
        if (lo == 0)
        {
            return 0;
        }

        var i = lo - 1;
        return _before[i] + Math.Min(x, _end[i]) - _start[i];
    }

    /// <summary>
    /// Where <paramref name="r"/> of the business time (0 ≤ r ≤ <see cref="Total"/>, below it when strict) is reached.
    /// Not strict: the earliest point with <c>r</c> before it (a window end when r is used up there). Strict: the
    /// latest such point (the next window's start).
    /// </summary>
    public long PositionOf(long r, bool strict)
    {
        // Windows whose end is at or below the limit are passed over ("reached < r" is "reached <= r - 1" in integers).
        var lo = SortedSearch.CountAtOrBelowFew(_reached, strict ? r : r - 1);
        return _start[lo] + (r - _before[lo]);
    }

    /// <summary>The end of the window that holds <paramref name="x"/>, or false when <paramref name="x"/> is closed.</summary>
    public bool TryFindEnd(long x, out long end)
    {
        var lo = SortedSearch.CountAtOrBelow<long>(_start, x);
        if (lo > 0 && x < _end[lo - 1])
        {
            end = _end[lo - 1];
            return true;
        }

        end = 0;
        return false;
    }
}
