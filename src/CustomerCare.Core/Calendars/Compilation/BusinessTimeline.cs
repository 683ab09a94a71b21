// The business timeline: the one internal contract for business-time arithmetic on a compiled calendar.
using NodaTime;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// A calendar compiled to <c>F(t)</c>, the business time from a fixed origin up to instant <c>t</c>, with its
/// inverse. It is the only implementation of business-time arithmetic in the library: <see cref="BusinessCalendar"/>'s
/// Add, Elapsed, Subtract, NextOpening and OpenIntervals (with or without exclusions) and the SLA evaluator's elapsed
/// times and deadlines are all differences of <c>F</c> and inversions of it through the members below.
/// <para><b>Units.</b> Instants ("positions") are <c>long</c> nanoseconds since the Unix epoch; convert with
/// <see cref="ToPosition"/> and <see cref="ToInstant"/>. Business times are nanoseconds. <c>F</c> counts from the
/// local Monday 2000-01-03 00:00 of the calendar's zone, so it is negative before it; only its differences and
/// inversions mean anything.</para>
/// <para><b>Ranges.</b> Instants passed in must lie in [<see cref="MinSupported"/>, <see cref="EndSupported"/>), the
/// calendar's horizon; callers validate, nothing here checks (outside it the answers are wrong). <c>F</c> is
/// nondecreasing and continuous: it rises one for one with time inside the windows and is flat elsewhere. Over the
/// horizon it fits in 64 bits; a difference of two values may not (300 years of a 24/7 calendar), so long differences
/// belong in 128 bits. Inversions report an answer outside the horizon, or a sum past 64 bits, as <c>false</c>.</para>
/// <para><b>Cost.</b> Every member is O(1) in the budget and the horizon: an ordinary week repeats the weekly pattern
/// shifted by one offset, the few irregular weeks (holiday, override, break or clock change near them) are found
/// through two bucket tables, and within a week the windows are compared with SIMD. Nothing allocates except the first
/// use of an irregular week, whose windows are then cached.</para>
/// <para><b>Thread safety.</b> Immutable except that cache, whose entries are published atomically: one instance
/// serves any number of threads.</para>
/// </summary>
internal sealed class BusinessTimeline
{
    private readonly WeekWindows _pattern;
    private readonly long _weekTotal;
    private readonly int _firstWeek;
    private readonly int _endWeek;
    private readonly int _originWeek;
    private readonly IrregularWeeks _irregular;

    // The UTC offset of the ordinary weeks between irregular weeks j - 1 and j: constant, as no transition lies near them.
    private readonly long[] _stretchOffset;
    private readonly StartBuckets _startBuckets;
    private readonly CumulativeBuckets _cumulativeBuckets;

    /// <summary>Compiles <paramref name="definition"/> for instants whose local date lies in [<paramref name="firstDate"/>, <paramref name="lastDate"/>].</summary>
    public BusinessTimeline(CalendarDefinition definition, LocalDate firstDate, LocalDate lastDate)
    {
        _pattern = WeekWindows.WeeklyPattern(definition);
        _weekTotal = _pattern.Total;
        _firstWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(firstDate)) - 1;
        _endWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(lastDate.PlusDays(1))) + 2;
        _originWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(new LocalDate(2000, 1, 3)));

        var zone = new ZoneResolver(
            definition.Zone,
            TimeScale.MondayLocal(_firstWeek) - (3 * TimeScale.Week),
            TimeScale.MondayLocal(_endWeek) + (3 * TimeScale.Week));
        var (weeks, shifts) = IrregularWeekFinder.Find(definition, zone, _firstWeek, _endWeek);
        _irregular = new IrregularWeeks(weeks, shifts, new ExactWindows(definition, zone), _weekTotal, _originWeek);

        var n = _irregular.Count;
        _stretchOffset = new long[n + 1];
        for (var j = 0; j <= n; j++)
        {
            var first = j == 0 ? _firstWeek : _irregular.Week[j - 1] + 1;
            var end = j == n ? _endWeek : _irregular.Week[j];
            _stretchOffset[j] = first < end ? zone.OffsetAt(TimeScale.MondayLocal(first)) : 0;
        }

        MinSupported = WeekAt(_firstWeek + 1).Start;
        EndSupported = WeekAt(_endWeek - 1).Start;
        HasOpenTime = _weekTotal > 0 || _irregular.Total.Any(t => t > 0);
        _startBuckets = new StartBuckets(_irregular.Start, MinSupported, EndSupported);
        _cumulativeBuckets = new CumulativeBuckets(
            _irregular.Cumulative,
            FirstCumulative,
            ((long)(_endWeek - _originWeek) * _weekTotal) + _irregular.DeltaPrefix[n] - _irregular.OriginDelta,
            _endWeek - _firstWeek,
            _weekTotal);
    }

    /// <summary>Gets the first supported instant.</summary>
    public long MinSupported { get; }

    /// <summary>Gets the end (exclusive) of the supported instants.</summary>
    public long EndSupported { get; }

    /// <summary>Gets the business time of an ordinary week.</summary>
    public long WeekTotal => _weekTotal;

    /// <summary>Gets whether the calendar is open at all within the horizon.</summary>
    public bool HasOpenTime { get; }

    // The compiled parts, not part of the contract: what the tests of the lookup tables probe.
    internal IrregularWeeks Irregular => _irregular;

    internal StartBuckets StartBuckets => _startBuckets;

    internal CumulativeBuckets CumulativeBuckets => _cumulativeBuckets;

    // F at the start of the horizon's first week.
    private long FirstCumulative => ((long)(_firstWeek - _originWeek) * _weekTotal) - _irregular.OriginDelta;

    /// <summary>An instant as a position: nanoseconds since the Unix epoch.</summary>
    public static long ToPosition(Instant instant) => TimeScale.ToNanoseconds(instant);

    /// <summary>A position as an instant.</summary>
    public static Instant ToInstant(long position) => TimeScale.ToInstant(position);

    /// <summary><c>F(t)</c>: the business time from the origin up to <paramref name="t"/>.</summary>
    public long Cumulative(long t)
    {
        var w = Locate(t);
        return WeekCumulative(w) + (w.Irregular ? _irregular.Windows(w.Index).CumulativeBefore(t) : _pattern.CumulativeBefore(t - w.Start));
    }

    /// <summary>
    /// <see cref="Cumulative"/> of each of <paramref name="instants"/>, written to the same index of
    /// <paramref name="destination"/>, and the <see cref="WeekAnchor"/> of each for <see cref="TryAdvance(in WeekAnchor, long, long, out long)"/>.
    /// The week is located once and reused while the next instant still lies in it, so most instants cost only the
    /// search within the week: the batch form for the 5–15 instants of one ticket.
    /// </summary>
    /// <param name="instants">Ascending (equal neighbours allowed) supported instants; out of order, the results are wrong.</param>
    /// <param name="destination">At least as long as <paramref name="instants"/>; only its first <c>instants.Length</c>
    /// elements are written.</param>
    /// <param name="anchors">Empty (no anchors wanted) or at least as long as <paramref name="instants"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A destination is shorter than <paramref name="instants"/>.</exception>
    public void CumulativeSorted(ReadOnlySpan<long> instants, Span<long> destination, Span<WeekAnchor> anchors)
    {
        destination = destination[..instants.Length];
        var anchored = anchors.Length > 0;
        if (anchored)
        {
            anchors = anchors[..instants.Length];
        }

        var i = 0;
        while (i < instants.Length)
        {
            var w = Locate(instants[i]);
            var before = WeekCumulative(w);
            var anchor = new WeekAnchor(w.Start, before, w.Irregular ? w.Index : -1);
            var windows = w.Irregular ? _irregular.Windows(w.Index) : _pattern;
            var offset = w.Irregular ? 0 : w.Start;
            do
            {
                destination[i] = before + windows.CumulativeBefore(instants[i] - offset);
                if (anchored)
                {
                    anchors[i] = anchor;
                }

                i++;
            }
            while (i < instants.Length && instants[i] < w.NextStart);
        }
    }

    /// <summary>
    /// The instant at which <paramref name="budget"/> of business time after cumulative time
    /// <paramref name="cumulative"/> is used up. A positive budget gives the earliest <c>t</c> with
    /// <c>F(t) ≥ cumulative + budget</c> (a budget used up exactly at a window end gives that end, not the next
    /// opening); zero gives the latest <c>t</c> with <c>F(t) ≤ cumulative</c>, the first business moment there.
    /// </summary>
    /// <param name="cumulative">A value of <c>F</c>, usually <c>F(start)</c>.</param>
    /// <param name="budget">Zero or positive.</param>
    /// <param name="instant">The answer, when there is one.</param>
    /// <returns>False when the answer lies outside the horizon, or the sum passes 64 bits (which is beyond it too).</returns>
    public bool TryAdvance(long cumulative, long budget, out long instant)
    {
        if (cumulative > 0 && budget > long.MaxValue - cumulative)
        {
            instant = 0;
            return false;
        }

        return TryInvert(cumulative + budget, strict: budget == 0, out instant);
    }

    /// <summary>
    /// <see cref="TryAdvance(long, long, out long)"/> from a point whose week is known, which is how deadlines are
    /// found: when the answer lies in that week (the usual case, deadlines being hours away) it is read off the week's
    /// windows without locating anything.
    /// </summary>
    /// <param name="anchor">The anchor of an instant <c>t</c> with <c>F(t) ≤ cumulative</c>, from <see cref="CumulativeSorted"/>.</param>
    /// <param name="cumulative">As for the other overload, at least <c>F(t)</c>.</param>
    /// <param name="budget">As for the other overload.</param>
    /// <param name="instant">As for the other overload.</param>
    /// <returns>As for the other overload.</returns>
    public bool TryAdvance(in WeekAnchor anchor, long cumulative, long budget, out long instant)
    {
        if (cumulative > 0 && budget > long.MaxValue - cumulative)
        {
            instant = 0;
            return false;
        }

        var target = cumulative + budget;
        var strict = budget == 0;
        var r = target - anchor.Cumulative;
        if (anchor.Irregular >= 0)
        {
            if (strict ? r < _irregular.Total[anchor.Irregular] : r <= _irregular.Total[anchor.Irregular])
            {
                instant = _irregular.Windows(anchor.Irregular).PositionOf(r, strict);
                return instant >= MinSupported && instant < EndSupported;
            }
        }
        else if (strict ? r < _weekTotal : r <= _weekTotal)
        {
            instant = anchor.Start + _pattern.PositionOf(r, strict);
            return instant >= MinSupported && instant < EndSupported;
        }

        return TryInvert(target, strict, out instant);
    }

    /// <summary>
    /// Goes backwards: the latest instant <c>t</c> with <c>F(t) ≤ cumulative − budget</c>, from which
    /// <paramref name="budget"/> of business time is still available before the point whose cumulative time is
    /// <paramref name="cumulative"/>.
    /// </summary>
    /// <param name="cumulative">A value of <c>F</c>, usually <c>F(deadline)</c>.</param>
    /// <param name="budget">Zero or positive.</param>
    /// <param name="instant">The answer, when there is one.</param>
    /// <returns>False when the answer lies outside the horizon, or the difference passes 64 bits.</returns>
    public bool TryRetreat(long cumulative, long budget, out long instant)
    {
        if (cumulative < 0 && budget > cumulative - long.MinValue)
        {
            instant = 0;
            return false;
        }

        return TryInvert(cumulative - budget, strict: true, out instant);
    }

    /// <summary>
    /// Inverts <c>F</c>. Not strict: the earliest <c>t</c> with <c>F(t) ≥ target</c>. Strict: the latest <c>t</c>
    /// with <c>F(t) ≤ target</c>.
    /// </summary>
    /// <returns>False when that instant lies outside the horizon or never comes.</returns>
    public bool TryInvert(long target, bool strict, out long instant)
    {
        // lo: the number of irregular weeks that start below the target (at or below it when strict).
        var lo = _cumulativeBuckets.CountBelow(target, strict);
        instant = 0;
        var n = _irregular.Count;
        var j = lo - 1;
        int stretchStart;
        long stretchCumulative;
        if (j >= 0)
        {
            var start = _irregular.Cumulative[j];
            var end = start + _irregular.Total[j];
            if (strict ? target < end : target <= end)
            {
                instant = _irregular.Windows(j).PositionOf(target - start, strict);
                return instant >= MinSupported && instant < EndSupported;
            }

            stretchStart = _irregular.Week[j] + 1;
            stretchCumulative = end;
        }
        else
        {
            stretchStart = _firstWeek;
            stretchCumulative = FirstCumulative;
            if (strict ? target < stretchCumulative : target <= stretchCumulative)
            {
                return false;
            }
        }

        var stretchEnd = j + 1 < n ? _irregular.Week[j + 1] : _endWeek;
        if (_weekTotal == 0)
        {
            return false;
        }

        var weeks = strict ? (target - stretchCumulative) / _weekTotal : (target - stretchCumulative - 1) / _weekTotal;
        if (weeks >= stretchEnd - stretchStart)
        {
            return false;
        }

        var weekStart = TimeScale.MondayLocal(stretchStart + (int)weeks) - _stretchOffset[j + 1];
        instant = weekStart + _pattern.PositionOf(target - stretchCumulative - (weeks * _weekTotal), strict);
        return instant >= MinSupported && instant < EndSupported;
    }

    /// <summary>Tells whether <paramref name="t"/> lies inside a window (windows are half-open).</summary>
    public bool IsOpen(long t)
    {
        var w = Locate(t);
        return w.Irregular ? _irregular.Windows(w.Index).TryFindEnd(t, out _) : _pattern.TryFindEnd(t - w.Start, out _);
    }

    /// <summary>The first closed instant at or after <paramref name="t"/>; false when the calendar stays open to the horizon.</summary>
    public bool TryNextClosing(long t, out long closing)
    {
        var u = t;
        while (u < EndSupported)
        {
            var w = Locate(u);
            long end;
            if (w.Irregular)
            {
                if (!_irregular.Windows(w.Index).TryFindEnd(u, out end))
                {
                    closing = u;
                    return true;
                }
            }
            else
            {
                if (!_pattern.TryFindEnd(u - w.Start, out end))
                {
                    closing = u;
                    return true;
                }

                end += w.Start;
                if (end >= w.NextStart && _weekTotal == TimeScale.Week)
                {
                    // Open all week: skip the whole ordinary stretch to the next irregular week.
                    var next = w.Index < _irregular.Count ? _irregular.Start[w.Index] : EndSupported;
                    end = Math.Max(next, w.NextStart);
                }
            }

            if (end < w.NextStart)
            {
                closing = end;
                return true;
            }

            u = Math.Max(end, w.NextStart);
        }

        closing = 0;
        return false;
    }

    private long WeekCumulative(WeekRef w) => ((long)(w.Week - _originWeek) * _weekTotal) + _irregular.DeltaPrefix[w.Index] - _irregular.OriginDelta;

    private WeekRef WeekAt(int week)
    {
        var j = Internal.SortedSearch.CountBelow<int>(_irregular.Week, week);
        return j < _irregular.Count && _irregular.Week[j] == week
            ? new WeekRef(week, j, true, _irregular.Start[j], _irregular.NextStart[j])
            : OrdinaryWeek(week, j);
    }

    // An ordinary week, j being the number of irregular weeks before it: one constant offset maps the whole week.
    private WeekRef OrdinaryWeek(int week, int j)
    {
        var start = TimeScale.MondayLocal(week) - _stretchOffset[j];
        var next = j < _irregular.Count && _irregular.Week[j] == week + 1 ? _irregular.Start[j] : start + TimeScale.Week;
        return new WeekRef(week, j, false, start, next);
    }

    // Finds the week of t without asking the zone: irregular weeks by their stored bounds, others by their stretch's offset.
    private WeekRef Locate(long t)
    {
        var lo = _startBuckets.CountAtOrBefore(t);
        if (lo > 0 && t < _irregular.NextStart[lo - 1])
        {
            var j = lo - 1;
            return new WeekRef(_irregular.Week[j], j, true, _irregular.Start[j], _irregular.NextStart[j]);
        }

        return OrdinaryWeek(TimeScale.WeekOfDay(TimeScale.FloorDiv(t + _stretchOffset[lo], TimeScale.Day)), lo);
    }

    /// <summary>A week located on the time line: its number, its position among the irregular weeks and its bounds.</summary>
    private readonly record struct WeekRef(int Week, int Index, bool Irregular, long Start, long NextStart);
}
