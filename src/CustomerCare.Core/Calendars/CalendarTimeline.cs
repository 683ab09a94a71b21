// The compiled form of a calendar: business time as a cumulative function on the time line, cheap for any horizon.
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// Business time compiled for arithmetic whose cost does not grow with the budget. Weeks are indexed by their local
/// Monday. An <em>ordinary</em> week (no holiday, override, break or zone transition near it) is the weekly pattern
/// shifted by one constant offset, so it holds exactly <c>W</c> of business time. The few <em>irregular</em> weeks
/// of the horizon are listed in order with their exact totals and a prefix sum of their differences from <c>W</c>.
/// <c>F(t)</c>, the business time from a fixed origin up to <c>t</c>, is then a few array reads; Elapsed is a
/// difference of two <c>F</c>s and Add inverts <c>F</c>. All instants are nanoseconds since the Unix epoch.
/// <para>Finding the irregular weeks around an instant, or around a cumulative business time, would be a binary search
/// over the ~900–1,800 irregular weeks of the 300-year horizon (about 11 dependent, unpredictable steps). Two small
/// bucket tables built with the timeline make both O(1): see <see cref="IrregularStartsAtOrBefore"/> and
/// <see cref="IrregularCumulativesBelow"/>. They store counts as <c>ushort</c>s: one per week of the horizon for the
/// first (≈ 31 KB for 1900–2199), at most that many for the second (≈ 16 KB for a 40-hour week).</para>
/// </summary>
/// <remarks>Immutable after construction except for a cache of the irregular weeks' intervals, filled on first use
/// and published atomically, so instances are safe to share between threads.</remarks>
internal sealed class CalendarTimeline
{
    public const long Day = LocalWindow.NanosecondsPerDay;
    public const long WeekLength = 7 * Day;

    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    private readonly CalendarDefinition _definition;
    private readonly DateTimeZone _zone;

    // The weekly pattern: merged [start, end) offsets from local Monday 00:00, in [0, 1 week), with cumulative starts.
    private readonly long[] _patternStart;
    private readonly long[] _patternEnd;
    private readonly long[] _patternCum;
    private readonly long[] _patternReached;
    private readonly long _weekTotal;

    private readonly int _firstWeek;
    private readonly int _endWeek;
    private readonly int _originWeek;
    private readonly long _originDelta;

    private readonly int[] _irregularWeek;
    private readonly bool[] _irregularShifts;
    private readonly long[] _irregularStart;
    private readonly long[] _irregularNextStart;
    private readonly long[] _irregularTotal;
    private readonly long[] _deltaPrefix;
    private readonly long[] _irregularCumulative;

    // The UTC offset of the ordinary weeks between irregular weeks j - 1 and j: constant, as no transition lies near them.
    private readonly long[] _stretchOffset;
    private readonly WeekIntervals?[] _irregularIntervals;

    private readonly long[] _breakStart;
    private readonly long[] _breakEnd;

    // The zone's transitions over the horizon: instant and the offset from then on; the offset before the first.
    private readonly long[] _transitionAt;
    private readonly long[] _offsetAfter;
    private readonly long _initialOffset;

    // Locate's index: _locateTable[b] = the number of irregular weeks starting at or before _locateBase + b weeks.
    private readonly long _locateBase;
    private readonly ushort[]? _locateTable;

    // TryInvert's index: _cumulativeTable[b] = the number of irregular weeks whose cumulative business time at their
    // start is below _cumulativeBase + (b << _cumulativeShift).
    private readonly long _cumulativeBase;
    private readonly int _cumulativeShift;
    private readonly ushort[]? _cumulativeTable;

    public CalendarTimeline(CalendarDefinition definition, LocalDate firstDate, LocalDate lastDate)
    {
        _definition = definition;
        _zone = definition.Zone;

        var pattern = new List<(long Start, long End)>();
        for (var day = 0; day < 7; day++)
        {
            foreach (var w in definition.Week[day])
            {
                var start = (day * Day) + w.From;
                var end = (day * Day) + w.To;
                if (end <= WeekLength)
                {
                    pattern.Add((start, end));
                }
                else
                {
                    pattern.Add((start, WeekLength));
                    pattern.Add((0, end - WeekLength));
                }
            }
        }

        (_patternStart, _patternEnd, _patternCum, _weekTotal) = ToArrays(MergeSorted(pattern));
        _patternReached = Reached(_patternStart, _patternEnd, _patternCum);

        _firstWeek = WeekOfDay(DayNumber(firstDate)) - 1;
        _endWeek = WeekOfDay(DayNumber(lastDate.PlusDays(1))) + 2;
        _originWeek = WeekOfDay(DayNumber(new LocalDate(2000, 1, 3)));

        var scanFrom = ToInstant(MondayLocal(_firstWeek) - (3 * WeekLength));
        var scanTo = ToInstant(MondayLocal(_endWeek) + (3 * WeekLength));
        var zoneIntervals = _zone.GetZoneIntervals(scanFrom, scanTo).ToList();
        _initialOffset = zoneIntervals[0].WallOffset.Nanoseconds;
        var transitions = zoneIntervals.Skip(1).Where(z => z.HasStart).ToList();
        _transitionAt = [.. transitions.Select(z => ToNanoseconds(z.Start))];
        _offsetAfter = [.. transitions.Select(z => z.WallOffset.Nanoseconds)];

        var breaks = MergeSorted(definition.Breaks
            .Select(b => (Resolve(LocalNanoseconds(b.From)), Resolve(LocalNanoseconds(b.To))))
            .Where(b => b.Item1 < b.Item2)
            .ToList());
        _breakStart = [.. breaks.Select(b => b.Start)];
        _breakEnd = [.. breaks.Select(b => b.End)];

        var (irregular, shifts) = FindIrregularWeeks(definition);
        var n = irregular.Count;
        _irregularWeek = [.. irregular];
        _irregularShifts = new bool[n];
        _irregularStart = new long[n];
        _irregularNextStart = new long[n];
        _irregularTotal = new long[n];
        _deltaPrefix = new long[n + 1];
        _irregularIntervals = new WeekIntervals?[n];
        var buffer = new List<(long Start, long End)>();
        var scratch = new List<(long Start, long End)>();
        for (var j = 0; j < n; j++)
        {
            var k = _irregularWeek[j];
            _irregularShifts[j] = shifts.Contains(k);
            _irregularStart[j] = Resolve(MondayLocal(k));
            _irregularNextStart[j] = Resolve(MondayLocal(k + 1));
            ExplicitIntervals(_irregularStart[j], _irregularNextStart[j], _irregularShifts[j], buffer, scratch);
            _irregularTotal[j] = buffer.Sum(b => b.End - b.Start);
            _deltaPrefix[j + 1] = _deltaPrefix[j] + _irregularTotal[j] - _weekTotal;
        }

        _originDelta = _deltaPrefix[LowerBound(_irregularWeek, _originWeek)];
        _irregularCumulative = new long[n];
        for (var j = 0; j < n; j++)
        {
            _irregularCumulative[j] = ((long)(_irregularWeek[j] - _originWeek) * _weekTotal) + _deltaPrefix[j] - _originDelta;
        }

        _stretchOffset = new long[n + 1];
        for (var j = 0; j <= n; j++)
        {
            var first = j == 0 ? _firstWeek : _irregularWeek[j - 1] + 1;
            var end = j == n ? _endWeek : _irregularWeek[j];
            _stretchOffset[j] = first < end ? OffsetAt(MondayLocal(first)) : 0;
        }

        MinSupported = Week(_firstWeek + 1).Start;
        EndSupported = Week(_endWeek - 1).Start;
        HasOpenTime = _weekTotal > 0 || _irregularTotal.Any(t => t > 0);

        // Counts are ushorts: enough for every horizon up to ~1,250 years; beyond, the plain binary searches serve.
        if (n <= ushort.MaxValue)
        {
            (_locateBase, _locateTable) = BuildLocateTable(_irregularStart, MinSupported, EndSupported);
            _cumulativeBase = ((long)(_firstWeek - _originWeek) * _weekTotal) - _originDelta;
            var cumulativeEnd = ((long)(_endWeek - _originWeek) * _weekTotal) + _deltaPrefix[n] - _originDelta;
            (_cumulativeShift, _cumulativeTable) = BuildCumulativeTable(_irregularCumulative, _cumulativeBase, cumulativeEnd, _endWeek - _firstWeek, _weekTotal);
        }
    }

    /// <summary>Gets the first supported instant (ns since the Unix epoch).</summary>
    public long MinSupported { get; }

    /// <summary>Gets the end (exclusive) of the supported instants.</summary>
    public long EndSupported { get; }

    /// <summary>Gets the business time of an ordinary week.</summary>
    public long WeekTotal => _weekTotal;

    /// <summary>Gets whether the calendar is open at all within the horizon.</summary>
    public bool HasOpenTime { get; }

    public static long ToNanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ToInstant(long nanoseconds) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);

    public static long DayNumber(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpochDayNumber;

    public static LocalDate DateOfDayNumber(long day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)(day + UnixEpochDayNumber)));

    public static long LocalNanoseconds(LocalDateTime local) => (DayNumber(local.Date) * Day) + local.TimeOfDay.NanosecondOfDay;

    /// <summary>
    /// Maps a local time (ns since 1970-01-01T00:00 local) to an instant like NodaTime's lenient resolver (rule 4): an
    /// ambiguous time takes the earlier occurrence, a skipped time moves forward by the gap. Walks the zone's
    /// transitions near <paramref name="local"/> from the offset in force before them, so it allocates nothing.
    /// </summary>
    public long Resolve(long local)
    {
        var i = LowerBound(_transitionAt, local - (2 * Day));
        var offset = i == 0 ? _initialOffset : _offsetAfter[i - 1];
        for (; i < _transitionAt.Length && _transitionAt[i] <= local + (2 * Day); i++)
        {
            if (local - offset < _transitionAt[i])
            {
                break; // before this transition; for an ambiguous time, the earlier occurrence
            }

            if (local - _offsetAfter[i] < _transitionAt[i])
            {
                return local - offset; // in the gap: as if the earlier offset still applied, i.e. shifted forward
            }

            offset = _offsetAfter[i];
        }

        return local - offset;
    }

    public bool IsOpen(long t)
    {
        var w = Locate(t);
        if (w.Irregular)
        {
            var iv = Intervals(w.Index);
            return IndexContaining(iv.Start, iv.End, t) >= 0;
        }

        return IndexContaining(_patternStart, _patternEnd, t - w.Start) >= 0;
    }

    /// <summary>Business time from the origin up to <paramref name="t"/>; nondecreasing and continuous in <paramref name="t"/>.</summary>
    public long Cumulative(long t)
    {
        var w = Locate(t);
        return WeekCumulative(w) + (w.Irregular
            ? CumulativeBefore(Intervals(w.Index), t)
            : CumulativeBefore(_patternStart, _patternEnd, _patternCum, t - w.Start));
    }

    /// <summary>
    /// <see cref="Cumulative"/> of each of <paramref name="instants"/>, written to the same index of
    /// <paramref name="destination"/>: the SLA engine's batch form for the 5–15 instants of one ticket. The week is
    /// located once and reused while the next instant still lies inside it, so most instants cost only the search
    /// within the week. Allocates nothing once the irregular weeks met are cached.
    /// </summary>
    /// <param name="instants">Instants sorted ascending (equal neighbours allowed), all within
    /// [<see cref="MinSupported"/>, <see cref="EndSupported"/>). The caller validates both; they are not checked here
    /// (out of order, the results are wrong).</param>
    /// <param name="destination">At least as long as <paramref name="instants"/>; only its first
    /// <c>instants.Length</c> elements are written.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="destination"/> is shorter than <paramref name="instants"/>.</exception>
    public void CumulativeSorted(ReadOnlySpan<long> instants, Span<long> destination) => CumulativeSorted(instants, destination, []);

    /// <summary>
    /// <see cref="CumulativeSorted(ReadOnlySpan{long}, Span{long})"/> that also records, per instant, the
    /// <see cref="WeekAnchor"/> of its week, so that <see cref="TryInvertInWeek"/> can later invert inside that week
    /// without locating it again.
    /// </summary>
    /// <param name="instants">As for the two-argument overload.</param>
    /// <param name="destination">As for the two-argument overload.</param>
    /// <param name="anchors">Empty (no anchors wanted) or at least as long as <paramref name="instants"/>.</param>
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
            if (w.Irregular)
            {
                var iv = Intervals(w.Index);
                do
                {
                    destination[i] = before + CumulativeBefore(iv, instants[i]);
                    if (anchored)
                    {
                        anchors[i] = anchor;
                    }

                    i++;
                }
                while (i < instants.Length && instants[i] < w.NextStart);
            }
            else
            {
                do
                {
                    destination[i] = before + CumulativeBefore(_patternStart, _patternEnd, _patternCum, instants[i] - w.Start);
                    if (anchored)
                    {
                        anchors[i] = anchor;
                    }

                    i++;
                }
                while (i < instants.Length && instants[i] < w.NextStart);
            }
        }
    }

    /// <summary>The <see cref="WeekAnchor"/> of the week that holds <paramref name="t"/> (a supported instant).</summary>
    public WeekAnchor AnchorOf(long t)
    {
        var w = Locate(t);
        return new WeekAnchor(w.Start, WeekCumulative(w), w.Irregular ? w.Index : -1);
    }

    /// <summary>
    /// <see cref="TryInvert"/> for a target at or after an instant whose week is known, which is how an SLA deadline is
    /// found: from the point where its last unpaused stretch starts. When the answer lies in that week (the usual
    /// case: deadlines are hours away) it is read off the week's windows; otherwise this is TryInvert.
    /// </summary>
    /// <param name="anchor">The anchor of an instant <c>t</c> (from <see cref="AnchorOf"/> or <see cref="CumulativeSorted(ReadOnlySpan{long}, Span{long}, Span{WeekAnchor})"/>).</param>
    /// <param name="target">A cumulative business time: more than <c>Cumulative(t)</c> when not strict, at least
    /// <c>Cumulative(t)</c> when strict, so that the answer is at or after <c>t</c>.</param>
    /// <param name="strict">As for <see cref="TryInvert"/>.</param>
    /// <param name="instant">As for <see cref="TryInvert"/>.</param>
    /// <returns>False when the instant lies outside the supported horizon or never comes.</returns>
    public bool TryInvertInWeek(in WeekAnchor anchor, long target, bool strict, out long instant)
    {
        var r = target - anchor.Cumulative;
        if (anchor.Irregular >= 0)
        {
            if (strict ? r < _irregularTotal[anchor.Irregular] : r <= _irregularTotal[anchor.Irregular])
            {
                var iv = Intervals(anchor.Irregular);
                instant = PositionOf(iv.Start, iv.Reached, iv.Cum, r, strict);
                return instant >= MinSupported && instant < EndSupported;
            }
        }
        else if (strict ? r < _weekTotal : r <= _weekTotal)
        {
            instant = anchor.Start + PositionOf(_patternStart, _patternReached, _patternCum, r, strict);
            return instant >= MinSupported && instant < EndSupported;
        }

        return TryInvert(target, strict, out instant);
    }

    /// <summary>
    /// Inverts <see cref="Cumulative"/>. Not strict: the earliest <c>t</c> with <c>F(t) ≥ target</c> (a budget used up
    /// at a window end returns that end). Strict: the latest <c>t</c> with <c>F(t) ≤ target</c> (the next business
    /// moment). Returns false when that instant lies outside the supported horizon or never comes.
    /// </summary>
    public bool TryInvert(long target, bool strict, out long instant) =>
        TryInvertFrom(IrregularCumulativesBelow(target, strict), target, strict, out instant);

    /// <summary>
    /// The number of irregular weeks that start at or before <paramref name="t"/> (an upper bound over their start
    /// instants), from the week-bucket table: the bucket of <paramref name="t"/> gives the count at its start, and at
    /// most two irregular weeks (local weeks, at least six days apart on the time line) start inside one bucket.
    /// Instants outside the table's span (a week beyond the horizon on either side) take the binary search.
    /// </summary>
    internal int IrregularStartsAtOrBefore(long t)
    {
        var table = _locateTable;
        var bucket = (ulong)(t - _locateBase) / WeekLength; // wraps to a huge bucket below the base
        if (table is null || bucket >= (ulong)table.Length)
        {
            return UpperBound(_irregularStart, t);
        }

        var starts = _irregularStart;
        int lo = table[(int)bucket];
        while ((uint)lo < (uint)starts.Length && starts[lo] <= t)
        {
            lo++;
        }

        return lo;
    }

    /// <summary>The week table's count for the bucket of <paramref name="t"/> (which must lie in the table), before the
    /// forward scan; tests check that the scan stays short.</summary>
    internal int IrregularStartsAtOrBeforeBucketStart(long t) => _locateTable![(int)((ulong)(t - _locateBase) / WeekLength)];

    /// <summary>The plain binary search that <see cref="IrregularStartsAtOrBefore"/> replaces; the tests' reference.</summary>
    internal int IrregularStartsAtOrBeforeReference(long t) => UpperBound(_irregularStart, t);

    /// <summary>
    /// The number of irregular weeks whose cumulative business time at their start is below <paramref name="target"/>
    /// (at or below it when <paramref name="strict"/>), from the cumulative-bucket table: every week counted before
    /// the target's bucket passes either test and every week after it fails both, so only the weeks that share the
    /// target's bucket are binary-searched. A bucket is about one ordinary week of business time wide; many weeks share
    /// one only when they hold (almost) no business time, e.g. a run of holiday weeks.
    /// </summary>
    internal int IrregularCumulativesBelow(long target, bool strict)
    {
        var table = _cumulativeTable;
        if (table is null)
        {
            return IrregularCumulativesBelowReference(target, strict);
        }

        if (target < _cumulativeBase)
        {
            return 0; // every irregular week starts at or after the horizon's first week
        }

        var bucket = (ulong)(target - _cumulativeBase) >> _cumulativeShift;
        if (bucket >= (ulong)(table.Length - 1))
        {
            return _irregularCumulative.Length; // past the last bucket, which ends above the horizon's total
        }

        int lo = table[(int)bucket], hi = table[(int)bucket + 1];
        return CountBelow(_irregularCumulative, lo, hi, target, strict);
    }

    /// <summary>The plain binary search that <see cref="IrregularCumulativesBelow"/> replaces; the tests' reference.</summary>
    internal int IrregularCumulativesBelowReference(long target, bool strict) =>
        CountBelow(_irregularCumulative, 0, _irregularCumulative.Length, target, strict);

    /// <summary><see cref="TryInvert"/> with the irregular weeks found by the plain binary search; the tests' reference.</summary>
    internal bool TryInvertReference(long target, bool strict, out long instant) =>
        TryInvertFrom(IrregularCumulativesBelowReference(target, strict), target, strict, out instant);

    /// <summary><see cref="Cumulative"/> with the week found by the plain binary search; the tests' reference.</summary>
    internal long CumulativeReference(long t)
    {
        var w = LocateWith(IrregularStartsAtOrBeforeReference(t), t);
        return WeekCumulative(w) + (w.Irregular
            ? CumulativeBefore(Intervals(w.Index), t)
            : CumulativeBefore(_patternStart, _patternEnd, _patternCum, t - w.Start));
    }

    /// <summary>The irregular weeks' start instants, for tests that probe their boundaries.</summary>
    internal ReadOnlySpan<long> IrregularStarts => _irregularStart;

    /// <summary>The cumulative business time at each irregular week's start, for tests that probe their boundaries.</summary>
    internal ReadOnlySpan<long> IrregularCumulatives => _irregularCumulative;

    /// <summary>The business time of each irregular week.</summary>
    internal ReadOnlySpan<long> IrregularTotals => _irregularTotal;

    /// <summary>The first instant of the week table and its number of one-week buckets, for tests that probe bucket edges.</summary>
    internal (long Base, int Buckets) WeekBuckets => (_locateBase, _locateTable?.Length ?? 0);

    /// <summary>The first cumulative of the cumulative table, log2 of its bucket width and its number of buckets.</summary>
    internal (long Base, int Shift, int Buckets) CumulativeBuckets => (_cumulativeBase, _cumulativeShift, (_cumulativeTable?.Length ?? 1) - 1);

    /// <summary>The bytes held by the two lookup tables (array payloads only).</summary>
    internal int LookupTableBytes => ((_locateTable?.Length ?? 0) + (_cumulativeTable?.Length ?? 0)) * sizeof(ushort);

    // TryInvert once lo, the number of irregular weeks that start below the target (at or below when strict), is known.
    private bool TryInvertFrom(int lo, long target, bool strict, out long instant)
    {
        instant = 0;
        var n = _irregularWeek.Length;
        var j = lo - 1;
        int stretchStart;
        long stretchCumulative;
        if (j >= 0)
        {
            var start = _irregularCumulative[j];
            var end = start + _irregularTotal[j];
            if (strict ? target < end : target <= end)
            {
                var iv = Intervals(j);
                instant = PositionOf(iv.Start, iv.Reached, iv.Cum, target - start, strict);
                return instant >= MinSupported && instant < EndSupported;
            }

            stretchStart = _irregularWeek[j] + 1;
            stretchCumulative = end;
        }
        else
        {
            stretchStart = _firstWeek;
            stretchCumulative = ((long)(_firstWeek - _originWeek) * _weekTotal) - _originDelta;
            if (strict ? target < stretchCumulative : target <= stretchCumulative)
            {
                return false;
            }
        }

        var stretchEnd = j + 1 < n ? _irregularWeek[j + 1] : _endWeek;
        if (_weekTotal == 0)
        {
            return false;
        }

        var weeks = strict ? (target - stretchCumulative) / _weekTotal : (target - stretchCumulative - 1) / _weekTotal;
        if (weeks >= stretchEnd - stretchStart)
        {
            return false;
        }

        var k = stretchStart + (int)weeks;
        var weekStart = MondayLocal(k) - _stretchOffset[j + 1];
        instant = weekStart + PositionOf(_patternStart, _patternReached, _patternCum, target - stretchCumulative - (weeks * _weekTotal), strict);
        return instant >= MinSupported && instant < EndSupported;
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
                var iv = Intervals(w.Index);
                var i = IndexContaining(iv.Start, iv.End, u);
                if (i < 0)
                {
                    closing = u;
                    return true;
                }

                end = iv.End[i];
            }
            else
            {
                var i = IndexContaining(_patternStart, _patternEnd, u - w.Start);
                if (i < 0)
                {
                    closing = u;
                    return true;
                }

                end = w.Start + _patternEnd[i];
                if (end >= w.NextStart && _weekTotal == WeekLength)
                {
                    // Open all week: skip the whole ordinary stretch to the next irregular week.
                    var next = w.Index < _irregularWeek.Length ? _irregularStart[w.Index] : EndSupported;
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

    private long WeekCumulative(WeekRef w) => ((long)(w.Week - _originWeek) * _weekTotal) + _deltaPrefix[w.Index] - _originDelta;

    private long OffsetAt(long t) => _zone.GetUtcOffset(ToInstant(t)).Nanoseconds;

    private static long MondayLocal(int week) => ((7L * week) - 3) * Day;

    private static int WeekOfDay(long day) => (int)FloorDiv(day + 3, 7);

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    private WeekRef Week(int week)
    {
        var j = LowerBound(_irregularWeek, week);
        return j < _irregularWeek.Length && _irregularWeek[j] == week
            ? new WeekRef(week, j, true, _irregularStart[j], _irregularNextStart[j])
            : OrdinaryWeek(week, j);
    }

    // An ordinary week, j being the number of irregular weeks before it: one constant offset maps the whole week.
    private WeekRef OrdinaryWeek(int week, int j)
    {
        var start = MondayLocal(week) - _stretchOffset[j];
        var next = j < _irregularWeek.Length && _irregularWeek[j] == week + 1 ? _irregularStart[j] : start + WeekLength;
        return new WeekRef(week, j, false, start, next);
    }

    // Finds the week of t without asking the zone: irregular weeks by their stored bounds, others by their stretch's offset.
    private WeekRef Locate(long t) => LocateWith(IrregularStartsAtOrBefore(t), t);

    // lo is the number of irregular weeks starting at or before t.
    private WeekRef LocateWith(int lo, long t)
    {
        if (lo > 0 && t < _irregularNextStart[lo - 1])
        {
            var j = lo - 1;
            return new WeekRef(_irregularWeek[j], j, true, _irregularStart[j], _irregularNextStart[j]);
        }

        return OrdinaryWeek(WeekOfDay(FloorDiv(t + _stretchOffset[lo], Day)), lo);
    }

    private WeekIntervals Intervals(int j)
    {
        var cached = Volatile.Read(ref _irregularIntervals[j]);
        if (cached is not null)
        {
            return cached;
        }

        var buffer = new List<(long Start, long End)>();
        ExplicitIntervals(_irregularStart[j], _irregularNextStart[j], _irregularShifts[j], buffer, []);
        var (start, end, cum, _) = ToArrays(buffer);
        var built = new WeekIntervals(start, end, cum, Reached(start, end, cum));
        return Interlocked.CompareExchange(ref _irregularIntervals[j], built, null) ?? built;
    }

    private static long CumulativeBefore(WeekIntervals iv, long t) => CumulativeBefore(iv.Start, iv.End, iv.Cum, t);

    private static long CumulativeBefore(long[] start, long[] end, long[] cum, long x)
    {
        var lo = CountAtOrBelow(start, x);

        if (lo == 0)
        {
            return 0;
        }

        var i = lo - 1;
        return cum[i] + Math.Min(x, end[i]) - start[i];
    }

    // The window in which r of the business time is reached (not strict: the first whose end reaches r; strict: the
    // first whose end passes it) and the instant inside it. reached[i] is the business time at the end of window i.
    private static long PositionOf(long[] start, long[] reached, long[] cum, long r, bool strict)
    {
        // Windows whose end is at or below `limit` are passed over ("reached < r" is "reached <= r - 1" in integers).
        var lo = CountAtOrBelow(reached, strict ? r : r - 1);
        return start[lo] + (r - cum[lo]);
    }

    /// <summary>
    /// The number of values at or below <paramref name="x"/> in a sorted array: an upper bound found by counting.
    /// A week has a handful of windows and which one an instant or a deadline falls in is unpredictable, so comparing
    /// them all, four at a time, beats a binary search whose every step may mispredict.
    /// </summary>
    internal static int CountAtOrBelow(long[] values, long x)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<long>.Count)
        {
            ref var first = ref MemoryMarshal.GetArrayDataReference(values);
            var limit = Vector256.Create(x);
            for (; i <= values.Length - Vector256<long>.Count; i += Vector256<long>.Count)
            {
                var below = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref first, (nuint)i), limit);
                count += BitOperations.PopCount(below.ExtractMostSignificantBits());
            }
        }

        for (; i < values.Length; i++)
        {
            count -= AtOrBelow(values[i], x);
        }

        return count;
    }

    // All ones (-1) when value <= limit, else zero: the sign of limit - value, which the JIT cannot turn into a branch.
    // Callers compare values of one week (offsets, instants or business time within it), far from overflowing.
    private static int AtOrBelow(long value, long limit) => (int)((limit - value) >> 63) ^ -1;

    private static long[] Reached(long[] start, long[] end, long[] cum)
    {
        var reached = new long[start.Length];
        for (var i = 0; i < reached.Length; i++)
        {
            reached[i] = cum[i] + end[i] - start[i];
        }

        return reached;
    }

    private static int IndexContaining(long[] start, long[] end, long x)
    {
        var lo = UpperBound(start, x);

        return lo > 0 && x < end[lo - 1] ? lo - 1 : -1;
    }

    // Within [lo, hi) of the ascending values, where the answer is known to lie: the count of values < target (<= when strict).
    private static int CountBelow(long[] values, int lo, int hi, long target, bool strict)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = values[mid];
            if (strict ? c <= target : c < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Bucket b counts the starts at or before base + b weeks, base one week before the horizon; the table ends one
    // week after it, so that callers a little outside still hit it.
    private static (long Base, ushort[] Table) BuildLocateTable(long[] starts, long minSupported, long endSupported)
    {
        // The span exceeds long.MaxValue ns for 1900–2199 (292 years do), hence unsigned.
        var origin = minSupported - WeekLength;
        var table = new ushort[((ulong)(endSupported + WeekLength - origin) / WeekLength) + 1];
        var j = 0;
        var at = origin;
        for (var b = 0; b < table.Length; b++, at += WeekLength)
        {
            while (j < starts.Length && starts[j] <= at)
            {
                j++;
            }

            table[b] = (ushort)j;
        }

        return (origin, table);
    }

    // Buckets of cumulative business time from the horizon's start: a power of two wide (a shift, not a division), at
    // least an ordinary week's total and at least the horizon's total over its weeks, so there are at most as many
    // buckets as weeks even when the ordinary week holds nothing (a calendar open only on overrides) or when override
    // weeks hold far more. Entry b counts the weeks whose cumulative lies below base + (b << shift); the last entry
    // lies above the horizon's total. Offsets from the base are unsigned: 300 years of a 24/7 calendar in ns exceed
    // long.MaxValue, but not ulong.
    private static (int Shift, ushort[] Table) BuildCumulativeTable(long[] cumulative, long origin, long end, int weeks, long weekTotal)
    {
        var span = (ulong)(end - origin);
        var width = Math.Max((ulong)weekTotal, (span / (ulong)weeks) + 1);
        var shift = 64 - System.Numerics.BitOperations.LeadingZeroCount(width - 1);
        var buckets = (int)(span >> shift) + 1;
        var table = new ushort[buckets + 1];
        var j = 0;
        for (var b = 0; b <= buckets; b++)
        {
            while (j < cumulative.Length && ((ulong)(cumulative[j] - origin) >> shift) < (ulong)b)
            {
                j++;
            }

            table[b] = (ushort)j;
        }

        return (shift, table);
    }

    // The first index whose value is > value (values sorted ascending): the count of values <= value.
    private static int UpperBound<T>(T[] values, T value)
        where T : struct, System.Numerics.IComparisonOperators<T, T, bool>
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The first index whose value is >= value (values sorted ascending); generic so that int and long weeks share it.
    private static int LowerBound<T>(T[] values, T value)
        where T : struct, System.Numerics.IComparisonOperators<T, T, bool>
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private (List<int> Weeks, HashSet<int> Shifts) FindIrregularWeeks(CalendarDefinition definition)
    {
        var marked = new HashSet<int>();
        var shifts = new HashSet<int>();
        void MarkDays(long fromDay, long toDay, HashSet<int>? alsoIn)
        {
            for (var d = fromDay; d <= toDay; d++)
            {
                var k = WeekOfDay(d);
                if (k >= _firstWeek && k < _endWeek)
                {
                    marked.Add(k);
                    alsoIn?.Add(k);
                }
            }
        }

        for (var i = 0; i < _transitionAt.Length; i++)
        {
            var at = _transitionAt[i];
            var before = i == 0 ? _initialOffset : _offsetAfter[i - 1];
            var after = _offsetAfter[i];
            MarkDays(FloorDiv(at + Math.Min(before, after), Day) - 2, FloorDiv(at + Math.Max(before, after), Day) + 2, shifts);
        }

        // A holiday changes nothing on a weekday without windows; the day after matters only for an overnight spill.
        var spills = definition.Week.Any(day => day.Any(w => w.To > Day));
        void MarkHoliday(LocalDate date)
        {
            if (definition.Week[(int)date.DayOfWeek - 1].Length > 0)
            {
                var d = DayNumber(date);
                MarkDays(d, spills ? d + 1 : d, null);
            }
        }

        foreach (var date in definition.Holidays)
        {
            MarkHoliday(date);
        }

        foreach (var date in definition.Overrides.Select(o => o.Key))
        {
            var d = DayNumber(date);
            MarkDays(d, d + 1, null);
        }

        if (definition.YearlyHolidays.Length > 0)
        {
            var firstYear = DateOfDayNumber(MondayLocal(_firstWeek) / Day).Year;
            var lastYear = DateOfDayNumber(MondayLocal(_endWeek) / Day).Year;
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
            MarkDays(DayNumber(from.Date) - 1, DayNumber(to.Date) + 1, null);
        }

        var weeks = marked.ToList();
        weeks.Sort();
        return (weeks, shifts);
    }

    /// <summary>The open intervals in <c>[from, to)</c> computed from the definition day by day (the slow, exact path).</summary>
    private void ExplicitIntervals(long from, long to, bool shifts, List<(long Start, long End)> result, List<(long Start, long End)> scratch)
    {
        result.Clear();
        var constantOffset = shifts ? 0 : OffsetAt(from);
        var firstDay = FloorDiv(from + OffsetAt(from), Day) - 2;
        var lastDay = FloorDiv(to + OffsetAt(to), Day) + 1;
        var raw = scratch;
        raw.Clear();
        for (var d = firstDay; d <= lastDay; d++)
        {
            foreach (var w in _definition.WindowsStartingOn(DateOfDayNumber(d)))
            {
                var localStart = (d * Day) + w.From;
                var localEnd = (d * Day) + w.To;
                var start = shifts ? Resolve(localStart) : localStart - constantOffset;
                var end = shifts ? Resolve(localEnd) : localEnd - constantOffset;
                start = Math.Max(start, from);
                end = Math.Min(end, to);
                if (start < end)
                {
                    raw.Add((start, end));
                }
            }
        }

        raw.Sort();
        MergeInPlace(raw);
        foreach (var (start, end) in raw)
        {
            // Remove the breaks, which are few and sorted.
            var s = start;
            var b = LowerBoundEnd(_breakEnd, s);
            for (; b < _breakStart.Length && _breakStart[b] < end && s < end; b++)
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

    // The first break whose end lies after x.
    private static int LowerBoundEnd(long[] ends, long x)
    {
        var lo = UpperBound(ends, x);

        return lo;
    }

    private static void MergeInPlace(List<(long Start, long End)> intervals)
    {
        intervals.Sort();
        var count = 0;
        for (var i = 0; i < intervals.Count; i++)
        {
            var (start, end) = intervals[i];
            if (count > 0 && start <= intervals[count - 1].End)
            {
                intervals[count - 1] = (intervals[count - 1].Start, Math.Max(intervals[count - 1].End, end));
            }
            else
            {
                intervals[count++] = (start, end);
            }
        }

        intervals.RemoveRange(count, intervals.Count - count);
    }

    private static List<(long Start, long End)> MergeSorted(List<(long Start, long End)> intervals)
    {
        intervals.Sort();
        var merged = new List<(long Start, long End)>(intervals.Count);
        foreach (var (start, end) in intervals)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    private static (long[] Start, long[] End, long[] Cum, long Total) ToArrays(List<(long Start, long End)> intervals)
    {
        var start = new long[intervals.Count];
        var end = new long[intervals.Count];
        var cum = new long[intervals.Count];
        long total = 0;
        for (var i = 0; i < intervals.Count; i++)
        {
            start[i] = intervals[i].Start;
            end[i] = intervals[i].End;
            cum[i] = total;
            total += end[i] - start[i];
        }

        return (start, end, cum, total);
    }

    /// <summary>A week located on the time line: its index, its position among the irregular weeks and its bounds.</summary>
    private readonly record struct WeekRef(int Week, int Index, bool Irregular, long Start, long NextStart);

    /// <summary>The exact open intervals of one irregular week, absolute, with cumulative business time before each.</summary>
    private sealed record WeekIntervals(long[] Start, long[] End, long[] Cum, long[] Reached);
}

/// <summary>
/// Where one week of a compiled calendar starts on the time line, the business time before it and, for an irregular
/// week, its index (-1 for an ordinary week): what inverting the cumulative business time inside that week needs.
/// </summary>
internal readonly record struct WeekAnchor(long Start, long Cumulative, int Irregular);
