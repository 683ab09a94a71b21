// One compiled chunk of a business timeline: up to 64 consecutive weeks, built on first use and then immutable.
using System.Numerics;
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Up to 64 consecutive weeks of a compiled calendar (about 15 months): where each week starts on the time line, the
/// business time from the chunk's start to each week's start, and which weeks are irregular (a holiday, override,
/// break or clock change near them). An ordinary week is the weekly pattern from its start; an irregular week's exact
/// windows are built on its first use and cached. A chunk knows nothing of the chunks around it: its cumulative times
/// start from zero, and <see cref="BusinessTimeline"/> adds the chunk's base.
/// </summary>
/// <remarks>Immutable except the window cache, whose entries are published atomically: safe to share between threads.
/// About 1.2 KB plus 8 bytes per irregular week, and about 0.3 KB per irregular week whose windows were used.</remarks>
internal sealed class TimelineChunk
{
    /// <summary>The number of weeks of a full chunk (a power of two, so the chunk of a week is a shift).</summary>
    public const int Weeks = 64;

    /// <summary>log2 of <see cref="Weeks"/>.</summary>
    public const int WeeksShift = 6;

    // Inline, not arrays: the lookups read a week's start and cumulative time straight from the chunk object, one
    // dependent load fewer than through an array reference.
    private readonly WeekTable _weekStart;
    private readonly WeekTable _weekCumulative;
    private readonly ulong _irregular;
    private readonly ulong _shifts;
    private readonly WeekWindows?[] _windows;
    private readonly ExactWindows _exact;

    /// <summary>Compiles <paramref name="count"/> (1 to 64) weeks of <paramref name="definition"/> from <paramref name="firstWeek"/>.</summary>
    public TimelineChunk(CalendarDefinition definition, WeekWindows pattern, int firstWeek, int count)
    {
        FirstWeek = firstWeek;
        Count = count;
        var endWeek = firstWeek + count;
        var zone = new ZoneResolver(
            definition.Zone,
            TimeScale.MondayLocal(firstWeek) - (3 * TimeScale.Week),
            TimeScale.MondayLocal(endWeek) + (3 * TimeScale.Week));
        _irregular = IrregularWeekFinder.Find(definition, zone, firstWeek, count, out _shifts);
        _exact = new ExactWindows(definition, zone, TimeScale.MondayLocal(firstWeek) / TimeScale.Day, TimeScale.MondayLocal(endWeek) / TimeScale.Day);
        _windows = new WeekWindows?[BitOperations.PopCount(_irregular)];
        List<(long Start, long End)>? buffer = null, scratch = null;
        for (var i = 0; i <= count; i++)
        {
            _weekStart[i] = zone.Resolve(TimeScale.MondayLocal(firstWeek + i));
        }

        for (var i = 0; i < count; i++)
        {
            var total = pattern.Total;
            if (IsIrregular(i))
            {
                // Stryker disable once Assignment : Fill clears both lists first, so a fresh list gives the same result
                buffer ??= [];
                // Stryker disable once Assignment : Fill clears both lists first, so a fresh list gives the same result
                scratch ??= [];
                _exact.Fill(_weekStart[i], _weekStart[i + 1], IsShift(i), buffer, scratch);
                total = 0;
                foreach (var (start, end) in buffer)
                {
                    total += end - start;
                }
            }

            _weekCumulative[i + 1] = _weekCumulative[i] + total;
        }

        WeeksPerNanosecond = Total > 0 ? count / (double)Total : 0;
    }

    /// <summary>Gets the chunk's weeks per nanosecond of business time (0 when it is all closed): the rate that
    /// estimates the week in which a cumulative time is reached, holidays of the chunk included.</summary>
    public double WeeksPerNanosecond { get; }

    /// <summary>Gets the number of the chunk's first week.</summary>
    public int FirstWeek { get; }

    /// <summary>Gets the number of weeks in the chunk.</summary>
    public int Count { get; }

    /// <summary>Gets the instant the chunk starts (its first local Monday 00:00, resolved leniently).</summary>
    public long Start => _weekStart[0];

    /// <summary>Gets the instant the chunk ends: where the week after it starts.</summary>
    public long End => _weekStart[Count];

    /// <summary>Gets the business time of the whole chunk.</summary>
    public long Total => _weekCumulative[Count];

    /// <summary>Gets where each week starts; entry <see cref="Count"/> is <see cref="End"/>.</summary>
    public ReadOnlySpan<long> WeekStart => ((ReadOnlySpan<long>)_weekStart)[..(Count + 1)];

    /// <summary>Gets the business time from the chunk's start to each week's start; entry <see cref="Count"/> is <see cref="Total"/>.</summary>
    public ReadOnlySpan<long> WeekCumulative => ((ReadOnlySpan<long>)_weekCumulative)[..(Count + 1)];

    /// <summary>Where week <paramref name="i"/> (0 to <see cref="Count"/>) starts: <see cref="WeekStart"/>[i] without building a span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long StartOf(int i) => _weekStart[i];

    /// <summary>The business time from the chunk's start to week <paramref name="i"/> (0 to <see cref="Count"/>): <see cref="WeekCumulative"/>[i] without building a span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long CumulativeAt(int i) => _weekCumulative[i];

    /// <summary>Tells whether week <paramref name="i"/> of the chunk is irregular.</summary>
    public bool IsIrregular(int i) => (_irregular & (1UL << i)) != 0;

    /// <summary>The index of the first irregular week at or after week <paramref name="i"/>, or <see cref="Count"/> when none.</summary>
    public int NextIrregular(int i) =>
        i >= Count ? Count : Math.Min(Count, BitOperations.TrailingZeroCount(_irregular & (ulong.MaxValue << i)));

    /// <summary>The exact windows (instants) of irregular week <paramref name="i"/>, built on first use.</summary>
    public WeekWindows Windows(int i)
    {
        ref var slot = ref _windows[BitOperations.PopCount(_irregular & ((1UL << i) - 1))];
        var cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        var built = _exact.Build(_weekStart[i], _weekStart[i + 1], IsShift(i));
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    /// <summary>The week of the chunk in which relative cumulative time <paramref name="r"/> is reached: not strict, the
    /// last week starting below it; strict, the last starting at or below it.</summary>
    public int WeekOfCumulative(long r, bool strict) =>
        (strict ? SortedSearch.CountAtOrBelow(WeekCumulative, r) : SortedSearch.CountBelow(WeekCumulative, r)) - 1;

    private bool IsShift(int i) => ((_shifts >> i) & 1) != 0;

    /// <summary>One entry per week boundary of a full chunk, stored inline in the chunk.</summary>
    [InlineArray(Weeks + 1)]
    private struct WeekTable
    {
        private long _element;
    }
}
