// The business timeline: the one internal contract for business-time arithmetic (F and its lazily compiled chunks); its inversions (deadlines) are in BusinessTimeline.Inversion.cs.
using System.Runtime.CompilerServices;
using NodaTime;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// A calendar compiled to <c>F(t)</c>, the business time from a fixed origin up to instant <c>t</c>, with its
/// inverse. It is the only implementation of business-time arithmetic in the library: <see cref="BusinessCalendar"/>'s
/// Add, Elapsed, Subtract, NextOpening and OpenIntervals (with or without exclusions) and the SLA evaluator's elapsed
/// times and deadlines are all differences of <c>F</c> and inversions of it through the members below.
/// <para><b>Units.</b> Instants ("positions") are <c>long</c> nanoseconds since the Unix epoch; convert with
/// <see cref="ToPosition"/> and <see cref="ToInstant"/>. Business times are nanoseconds. <c>F</c> counts from the start
/// of the first chunk this instance compiled (as if every week before it were ordinary, so its values stay near
/// today's and fit in 64 bits); only its differences and inversions mean anything, and they are the same whichever
/// chunk came first.</para>
/// <para><b>Ranges.</b> Instants passed in must lie in [<see cref="MinSupported"/>, <see cref="EndSupported"/>), the
/// calendar's horizon; callers validate, nothing here checks (outside it the answers are wrong). <c>F</c> is
/// nondecreasing and continuous: it rises one for one with time inside the windows and is flat elsewhere. A difference
/// of two values may not fit in 64 bits (300 years of a 24/7 calendar), so long differences belong in 128 bits.
/// Inversions report an answer outside the horizon, or a sum past 64 bits, as <c>false</c>.</para>
/// <para><b>Lazy compilation.</b> The horizon is cut into chunks of 64 weeks (<see cref="TimelineChunk"/>), compiled on
/// first use — zone transitions are read from the zone then — and published atomically; <c>F</c> at a chunk's start
/// (its base) is the previous chunk's base plus that chunk's business time, so a value of <c>F</c> far from the first
/// compiled chunk compiles the chunks between them once. Building costs only the weekly pattern and a few arrays of
/// one entry per chunk.</para>
/// <para><b>Cost.</b> Once its chunks are compiled every member is O(1) in the budget: an ordinary week repeats the
/// weekly pattern, a week is found from the instant's UTC day and a chunk's table of week starts, and within a week the
/// windows are compared with SIMD. Nothing allocates except the first use of a chunk (about 1.5 KB) and of an irregular
/// week (its windows, a few hundred bytes), both cached.</para>
/// <para><b>Thread safety.</b> Immutable except those caches, whose entries are published atomically and are the same
/// whichever thread builds them: one instance serves any number of threads.</para>
/// </summary>
internal sealed partial class BusinessTimeline
{
    // No base is this low: F counts from 2000-01-03 as if every week were ordinary, so within the 1900–2199 horizon it
    // stays within about ±200 years of nanoseconds (±6.3e18), well inside 64 bits.
    private const long UnknownBase = long.MinValue;

    private readonly CalendarDefinition _definition;
    private readonly WeekWindows _pattern;
    private readonly long _weekTotal;
    private readonly double _weeksPerNanosecond;
    private readonly int _firstWeek;
    private readonly int _endWeek;
    private readonly int _originWeek;
    private readonly TimelineChunk?[] _chunks;
    private readonly long[] _base;
    private int _originChunk = -1;
    private int _knownLow = int.MaxValue;
    // Stryker disable once Unary : a hint for TryInvert's first guess, whose walk over the bases finds the same chunk from any guess
    private int _knownHigh = -1;

    /// <summary>Prepares <paramref name="definition"/> for instants whose local date lies in [<paramref name="firstDate"/>, <paramref name="lastDate"/>];
    /// compiles nothing but the weekly pattern (and, for a calendar with no ordinary open week near 2000, the chunks up to its first open time).</summary>
    public BusinessTimeline(CalendarDefinition definition, LocalDate firstDate, LocalDate lastDate)
    {
        _definition = definition;
        _pattern = WeekWindows.WeeklyPattern(definition);
        _weekTotal = _pattern.Total;
        // Stryker disable once Arithmetic,Conditional,Equality : the rate only aims TryInvert's first guess (used when the weekly total is positive), whose walk over the bases finds the same chunk from any guess
        _weeksPerNanosecond = _weekTotal > 0 ? 1.0 / _weekTotal : 0;
        _firstWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(firstDate)) - 1;
        _endWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(lastDate.PlusDays(1))) + 2;
        _originWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(new LocalDate(2000, 1, 3)));
        var chunks = (_endWeek - _firstWeek + TimelineChunk.Weeks - 1) / TimelineChunk.Weeks;
        _chunks = new TimelineChunk?[chunks];
        _base = new long[chunks + 1];
        _base.AsSpan().Fill(UnknownBase);
        MinSupported = ResolveMonday(_firstWeek + 1);
        EndSupported = ResolveMonday(_endWeek - 1);
        HasOpenTime = FindOpenTime();
    }

    /// <summary>Gets the first supported instant.</summary>
    public long MinSupported { get; }

    /// <summary>Gets the end (exclusive) of the supported instants.</summary>
    public long EndSupported { get; }

    /// <summary>Gets the business time of an ordinary week.</summary>
    public long WeekTotal => _weekTotal;

    /// <summary>Gets whether the calendar is open at all within the horizon.</summary>
    public bool HasOpenTime { get; }

    /// <summary>Gets the number of chunks the horizon is cut into.</summary>
    internal int ChunkCount => _chunks.Length;

    /// <summary>Gets the number of chunks compiled so far (what the tests of lazy compilation probe).</summary>
    internal int CompiledChunks => _chunks.Count(c => c is not null);

    /// <summary>The compiled chunk <paramref name="k"/>, compiling it if needed (what the tests of the chunks probe).</summary>
    internal TimelineChunk ChunkAt(int k) => Chunk(k);

    /// <summary>The index of the chunk that holds supported instant <paramref name="t"/>.</summary>
    internal int ChunkIndexOf(long t)
    {
        _ = Locate(t, out var k, out _);
        return k;
    }

    /// <summary>An instant as a position: nanoseconds since the Unix epoch.</summary>
    public static long ToPosition(Instant instant) => TimeScale.ToNanoseconds(instant);

    /// <summary>A position as an instant.</summary>
    public static Instant ToInstant(long position) => TimeScale.ToInstant(position);

    /// <summary><c>F(t)</c>: the business time from the origin up to <paramref name="t"/>.</summary>
    public long Cumulative(long t)
    {
        var chunk = Locate(t, out var k, out var i);
        var before = Base(k) + chunk.CumulativeAt(i);
        return before + (chunk.IsIrregular(i) ? chunk.Windows(i).CumulativeBefore(t) : _pattern.CumulativeBefore(t - chunk.StartOf(i)));
    }

    /// <summary><c>F(t)</c>, and the anchor of <paramref name="t"/>'s week for <see cref="TryAdvance(in WeekAnchor, long, long, out long)"/>.</summary>
    public long Cumulative(long t, out WeekAnchor anchor)
    {
        var chunk = Locate(t, out var k, out var i);
        var before = Base(k) + chunk.CumulativeAt(i);
        var start = chunk.StartOf(i);
        if (chunk.IsIrregular(i))
        {
            anchor = new WeekAnchor(start, before, (k << TimelineChunk.WeeksShift) | i);
            return before + chunk.Windows(i).CumulativeBefore(t);
        }

        anchor = new WeekAnchor(start, before, -1);
        return before + _pattern.CumulativeBefore(t - start);
    }

    /// <summary>
    /// <see cref="Cumulative(long)"/> of each of <paramref name="instants"/>, written to the same index of
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
            var chunk = Locate(instants[i], out var k, out var week);
            var before = Base(k) + chunk.CumulativeAt(week);
            var start = chunk.StartOf(week);
            var next = chunk.StartOf(week + 1);
            var irregular = chunk.IsIrregular(week);
            var anchor = new WeekAnchor(start, before, irregular ? (k << TimelineChunk.WeeksShift) | week : -1);
            var windows = irregular ? chunk.Windows(week) : _pattern;
            var offset = irregular ? 0 : start;
            do
            {
                destination[i] = before + windows.CumulativeBefore(instants[i] - offset);
                if (anchored)
                {
                    anchors[i] = anchor;
                }

                i++;
            }
            while (i < instants.Length && instants[i] < next);
        }
    }

    /// <summary>Tells whether <paramref name="t"/> lies inside a window (windows are half-open).</summary>
    public bool IsOpen(long t)
    {
        var chunk = Locate(t, out _, out var i);
        return chunk.IsIrregular(i) ? chunk.Windows(i).TryFindEnd(t, out _) : _pattern.TryFindEnd(t - chunk.StartOf(i), out _);
    }

    /// <summary>The first closed instant at or after <paramref name="t"/>; false when the calendar stays open to the horizon.</summary>
    public bool TryNextClosing(long t, out long closing)
    {
        var u = t;
        while (u < EndSupported)
        {
            var chunk = Locate(u, out _, out var i);
            var next = chunk.StartOf(i + 1);
            long end;
            if (chunk.IsIrregular(i))
            {
                if (!chunk.Windows(i).TryFindEnd(u, out end))
                {
                    closing = u;
                    return true;
                }
            }
            else
            {
                if (!_pattern.TryFindEnd(u - chunk.StartOf(i), out end))
                {
                    closing = u;
                    return true;
                }

                end += chunk.StartOf(i);
                if (end >= next && _weekTotal == TimeScale.Week)
                {
                    // Open all week: only a holiday, override or break can close it (a clock change cannot), so skip the
                    // ordinary weeks to the chunk's next irregular week, or past the chunk to a few days before the next such date.
                    var j = chunk.NextIrregular(i + 1);
                    if (j < chunk.Count)
                    {
                        end = chunk.StartOf(j);
                    }
                    else if (_definition.TryFindClosureOnOrAfter(TimeScale.DateOfDayNumber(TimeScale.FloorDiv(chunk.End, TimeScale.Day) - 1), out var date))
                    {
                        end = Math.Max(chunk.End, ((TimeScale.DayNumber(date) - 3) * TimeScale.Day) - TimeScale.Day);
                    }
                    else
                    {
                        break;
                    }
                }
            }

            if (end < next)
            {
                closing = end;
                return true;
            }

            // Stryker disable once Linq : here end >= next, and resuming at next only walks the same weeks one by one to the same answer
            u = Math.Max(end, next);
        }

        closing = 0;
        return false;
    }

    // The chunk of t, its index and t's week in it; t must be supported. The week of t's UTC day is t's local week or
    // a neighbour (no offset reaches a week), so one comparison on each side finds it, stepping into the neighbouring
    // chunk only when the guess sits on the chunk's edge.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TimelineChunk Locate(long t, out int k, out int week)
    {
        var guess = TimeScale.WeekOfDay(TimeScale.FloorDiv(t, TimeScale.Day)) - _firstWeek;
        k = guess >> TimelineChunk.WeeksShift;
        var chunk = Chunk(k);
        var i = guess - (k << TimelineChunk.WeeksShift);
        if (t < chunk.StartOf(i))
        {
            if (--i < 0)
            {
                chunk = Chunk(--k);
                i = chunk.Count - 1;
            }
        }
        else if (t >= chunk.StartOf(i + 1) && ++i == chunk.Count)
        {
            chunk = Chunk(++k);
            i = 0;
        }

        week = i;
        return chunk;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TimelineChunk Chunk(int k) => Volatile.Read(ref _chunks[k]) ?? Compile(k);

    private TimelineChunk Compile(int k)
    {
        var first = _firstWeek + (k << TimelineChunk.WeeksShift);
        var built = new TimelineChunk(_definition, _pattern, first, Math.Min(TimelineChunk.Weeks, _endWeek - first));
        return Interlocked.CompareExchange(ref _chunks[k], built, null) ?? built;
    }

    // F at the start of chunk k (k = ChunkCount: F at the horizon's end). One flat array, so a search over chunks reads
    // 8 bytes a chunk and touches only the chunk it ends in; bases not yet known hold UnknownBase.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Base(int k) => Volatile.Read(ref _base[k]) is var value && value != UnknownBase ? value : FindBase(k);

    // The first chunk asked for becomes the origin, F at its start being what it would be if every week from the
    // 2000-01-03 origin week on were ordinary; every other base follows from its neighbour towards the origin. The values
    // depend only on the origin, so threads that race compute and publish the same ones.
    private long FindBase(int k)
    {
        var origin = Volatile.Read(ref _originChunk);
        if (origin == -1)
        {
            origin = Interlocked.CompareExchange(ref _originChunk, k, -1) is var previous && previous == -1 ? k : previous;
        }

        var step = k > origin ? -1 : 1;
        var j = k;
        while (j != origin && Volatile.Read(ref _base[j]) == UnknownBase)
        {
            j += step;
        }

        var value = j == origin ? (long)(_firstWeek + (origin << TimelineChunk.WeeksShift) - _originWeek) * _weekTotal : _base[j];
        Publish(j, value);
        while (j != k)
        {
            if (step == -1)
            {
                value += Chunk(j).Total;
                j++;
            }
            else
            {
                j--;
                value -= Chunk(j).Total;
            }

            Publish(j, value);
        }

        return value;
    }

    // Publishes a base, then widens the range of known bases that TryInvert interpolates over. The range is a hint: a
    // race may leave it narrower than what is known, never wider.
    private void Publish(int k, long value)
    {
        Volatile.Write(ref _base[k], value);
        // Stryker disable once all : the range is a hint for TryInvert's first guess, whose walk over the bases finds the same chunk from any guess
        if (k > Volatile.Read(ref _knownHigh))
        {
            Volatile.Write(ref _knownHigh, k);
        }

        // Stryker disable once all : the range is a hint for TryInvert's first guess, whose walk over the bases finds the same chunk from any guess
        if (k < Volatile.Read(ref _knownLow))
        {
            Volatile.Write(ref _knownLow, k);
        }
    }

    private long ResolveMonday(int week)
    {
        var local = TimeScale.MondayLocal(week);
        return new ZoneResolver(_definition.Zone, local - (3 * TimeScale.Week), local + (3 * TimeScale.Week)).Resolve(local);
    }

    // An ordinary week holds the weekly pattern, so a calendar with weekly hours is open as soon as one week near 2000 is
    // ordinary: found without compiling anything. Otherwise the chunks are compiled in order up to the first open one.
    private bool FindOpenTime()
    {
        if (_weekTotal > 0)
        {
            var k = Math.Clamp((_originWeek - _firstWeek) >> TimelineChunk.WeeksShift, 1, _chunks.Length - 2);
            var first = _firstWeek + (k << TimelineChunk.WeeksShift);
            var zone = new ZoneResolver(_definition.Zone, TimeScale.MondayLocal(first) - (3 * TimeScale.Week), TimeScale.MondayLocal(first + TimelineChunk.Weeks) + (3 * TimeScale.Week));
            if (IrregularWeekFinder.Find(_definition, zone, first, TimelineChunk.Weeks, out _) != ulong.MaxValue)
            {
                return true;
            }
        }

        for (var k = 0; k < _chunks.Length; k++)
        {
            if (Chunk(k).Total > 0)
            {
                return true;
            }
        }

        return false;
    }
}
