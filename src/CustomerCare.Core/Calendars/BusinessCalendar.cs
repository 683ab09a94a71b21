// A business calendar: opening hours in a real time zone, and exact business-time arithmetic on them.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// Opening hours in an IANA time zone — weekly windows, holidays, yearly holidays, date overrides and breaks — and
/// business-time arithmetic on them: <see cref="IsOpen"/>, <see cref="NextOpening"/>, <see cref="NextClosing"/>,
/// <see cref="Add"/>, <see cref="Elapsed"/>, <see cref="Subtract"/> and <see cref="OpenIntervals"/>.
/// </summary>
/// <remarks>
/// <para><b>Rules</b> (those of the conformance vectors; help desks disagree on each):</para>
/// <list type="number">
/// <item>Windows are half-open <c>[from, to)</c>; overlapping or touching windows merge, also across midnight.</item>
/// <item><see cref="Add"/> with a positive budget returns the earliest instant at which the budget is used up: a budget
/// used up exactly at a window end returns that end (17:00, not the next morning).</item>
/// <item><see cref="Add"/> with a zero budget returns the first business moment at or after the start.</item>
/// <item>Local times map to instants leniently: an ambiguous time (clocks going back) takes the earlier occurrence;
/// a time in a gap (clocks going forward) moves forward by the gap's length. A window that becomes empty is dropped.</item>
/// <item>Business time is measured on the time line: a 24/7 calendar counts 23 h on a spring-forward day.</item>
/// <item><see cref="Elapsed"/> with <c>end ≤ start</c> is zero. Everything is exact to the nanosecond.</item>
/// </list>
/// <para>A holiday closes its whole date; an overnight shift belongs to the day it starts on (a holiday on that day
/// removes it, a holiday on the next day does not). A date override replaces the weekly windows of its date and wins
/// over a yearly holiday. Breaks and run-time <see cref="ExclusionSet"/>s remove absolute intervals.</para>
/// <para><b>Horizon</b>: instants whose local date lies between <see cref="MinDate"/> and <see cref="MaxDate"/> are
/// supported; others, and budgets that would end beyond them, throw <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para><b>Cost</b>: the calendar is compiled once (with about 60 KB of lookup tables); each call finds its weeks in
/// constant time, whatever the budget and however many weeks have a holiday, override, break or clock change, and
/// allocates nothing once warm.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly CalendarDefinition _definition;
    private readonly CalendarTimeline _timeline;

    internal BusinessCalendar(CalendarDefinition definition, CalendarTimeline timeline)
    {
        _definition = definition;
        _timeline = timeline;
        MinInstant = CalendarTimeline.ToInstant(timeline.MinSupported);
        MaxInstant = CalendarTimeline.ToInstant(timeline.EndSupported);
        WeeklyBusinessTime = Duration.FromNanoseconds(timeline.WeekTotal);
    }

    /// <summary>Gets the first local date of the supported horizon: 1900-01-01.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the last local date of the supported horizon: 2199-12-31.</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>Gets the calendar's time zone.</summary>
    public DateTimeZone Zone => _definition.Zone;

    /// <summary>Gets the business time of an ordinary week (no holiday, override, break or clock change), e.g. 40 h for Mon–Fri 9–17.</summary>
    public Duration WeeklyBusinessTime { get; }

    /// <summary>Gets the first supported instant (at or before the start of <see cref="MinDate"/> in <see cref="Zone"/>).</summary>
    public Instant MinInstant { get; }

    /// <summary>Gets the end of the supported instants, exclusive (at or after the end of <see cref="MaxDate"/>).</summary>
    public Instant MaxInstant { get; }

    internal CalendarDefinition Definition => _definition;

    /// <summary>The compiled business-time function, for engines (the SLA evaluator) that work on cumulative business time directly.</summary>
    internal CalendarTimeline Timeline => _timeline;

    /// <summary>Starts a builder for a calendar in <paramref name="zone"/>.</summary>
    /// <param name="zone">The calendar's zone.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendarBuilder CreateBuilder(DateTimeZone zone) => new(zone);

    /// <summary>The 24/7 calendar: always open, so business time equals elapsed time on the time line.</summary>
    /// <param name="zone">The zone (it only matters for the calendar's JSON and for local-time reports).</param>
    /// <returns>An always-open calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        var builder = new BusinessCalendarBuilder(zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddWindow(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        return builder.Build();
    }

    /// <summary>Tells whether the calendar is open at <paramref name="instant"/> (windows are half-open).</summary>
    /// <param name="instant">A supported instant.</param>
    /// <returns>True inside a window and outside holidays and breaks.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the horizon.</exception>
    public bool IsOpen(Instant instant) => _timeline.IsOpen(InRange(instant, nameof(instant)));

    /// <summary>The first business moment at or after <paramref name="instant"/>, skipping <paramref name="exclusions"/>.</summary>
    /// <param name="instant">A supported instant.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses), treated exactly like breaks.</param>
    /// <returns><paramref name="instant"/> itself when open, else the next opening; null when the calendar never opens
    /// again before the end of the horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the horizon.</exception>
    public Instant? NextOpening(Instant instant, ExclusionSet exclusions = default) =>
        TryNextOpening(InRange(instant, nameof(instant)), exclusions.Bounds, out var opening) ? CalendarTimeline.ToInstant(opening) : null;

    /// <summary>The first closed moment at or after <paramref name="instant"/>, counting <paramref name="exclusions"/> as closed.</summary>
    /// <param name="instant">A supported instant.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses).</param>
    /// <returns><paramref name="instant"/> itself when closed, else the end of the open run that holds it; null when the
    /// calendar stays open to the end of the horizon (a 24/7 calendar).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the horizon.</exception>
    public Instant? NextClosing(Instant instant, ExclusionSet exclusions = default) =>
        TryNextClosing(InRange(instant, nameof(instant)), exclusions.Bounds, out var closing) ? CalendarTimeline.ToInstant(closing) : null;

    /// <summary>
    /// The deadline reached after <paramref name="budget"/> of business time from <paramref name="start"/>: the earliest
    /// instant at which the budget is used up (a window end when it runs out exactly there). A zero budget returns the
    /// first business moment at or after <paramref name="start"/>.
    /// </summary>
    /// <param name="start">A supported instant; it need not be open.</param>
    /// <param name="budget">Business time to spend, zero or positive.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses), treated exactly like breaks.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the horizon;
    /// <paramref name="budget"/> is negative, more than about 292 years, or cannot be met before the end of the
    /// horizon (the calendar may be closed for ever after <paramref name="start"/>).</exception>
    public Instant Add(Instant start, Duration budget, ExclusionSet exclusions = default)
    {
        var from = InRange(start, nameof(start));
        var amount = Budget(budget);
        var ex = exclusions.Bounds;
        if (amount == 0)
        {
            return TryNextOpening(from, ex, out var opening) ? CalendarTimeline.ToInstant(opening) : ThrowUnmet(start, budget);
        }

        var cur = from;
        var remaining = amount;
        for (var i = FirstEndingAfter(ex, cur); i < ex.Length / 2; i++)
        {
            var s = ex[2 * i];
            if (s > cur)
            {
                if (s >= _timeline.EndSupported)
                {
                    break;
                }

                var fcur = _timeline.Cumulative(cur);
                if (!TryInvertSum(fcur, remaining, out var t))
                {
                    return ThrowUnmet(start, budget);
                }

                if (t <= s)
                {
                    return CalendarTimeline.ToInstant(t);
                }

                remaining -= _timeline.Cumulative(s) - fcur;
            }

            cur = Math.Max(cur, ex[(2 * i) + 1]);
            if (cur >= _timeline.EndSupported)
            {
                return ThrowUnmet(start, budget);
            }
        }

        return TryInvertSum(_timeline.Cumulative(cur), remaining, out var deadline)
            ? CalendarTimeline.ToInstant(deadline)
            : ThrowUnmet(start, budget);
    }

    /// <summary>The business time between <paramref name="start"/> and <paramref name="end"/>, outside <paramref name="exclusions"/>.</summary>
    /// <param name="start">A supported instant.</param>
    /// <param name="end">A supported instant; at or before <paramref name="start"/> gives zero.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses), treated exactly like breaks.</param>
    /// <returns>The business time, zero or positive, never more than <c>end - start</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside the horizon.</exception>
    public Duration Elapsed(Instant start, Instant end, ExclusionSet exclusions = default)
    {
        var a = InRange(start, nameof(start));
        var b = InRange(end, nameof(end));
        if (b <= a)
        {
            return Duration.Zero;
        }

        // In 128 bits: the horizon spans about 300 years, more nanoseconds than a long holds, so a calendar open
        // (nearly) all the time can have more business time between two supported instants than 64 bits can count.
        var total = (Int128)_timeline.Cumulative(b) - _timeline.Cumulative(a);
        var ex = exclusions.Bounds;
        for (var i = FirstEndingAfter(ex, a); i < ex.Length / 2 && ex[2 * i] < b; i++)
        {
            total -= (Int128)_timeline.Cumulative(Math.Min(ex[(2 * i) + 1], b)) - _timeline.Cumulative(Math.Max(ex[2 * i], a));
        }

        return total <= long.MaxValue ? Duration.FromNanoseconds((long)total) : Duration.FromNanoseconds(total);
    }

    /// <summary>
    /// Goes backwards: the latest start from which <paramref name="budget"/> of business time is still available before
    /// <paramref name="deadline"/> (so that <c>Elapsed(result, deadline) == budget</c>). A zero budget returns
    /// <paramref name="deadline"/>.
    /// </summary>
    /// <param name="deadline">A supported instant.</param>
    /// <param name="budget">Business time, zero or positive.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses), treated exactly like breaks.</param>
    /// <returns>The latest start that still meets the deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadline"/> is outside the horizon;
    /// <paramref name="budget"/> is negative, more than about 292 years, or reaches back before the start of the horizon.</exception>
    public Instant Subtract(Instant deadline, Duration budget, ExclusionSet exclusions = default)
    {
        var end = InRange(deadline, nameof(deadline));
        var amount = Budget(budget);
        if (amount == 0)
        {
            return deadline;
        }

        var ex = exclusions.Bounds;
        var cur = end;
        var remaining = amount;
        for (var i = CountStartingBefore(ex, cur) - 1; i >= 0; i--)
        {
            var e = ex[(2 * i) + 1];
            if (e < cur)
            {
                if (e < _timeline.MinSupported)
                {
                    break;
                }

                var fcur = _timeline.Cumulative(cur);
                if (!TryInvertDifference(fcur, remaining, out var t))
                {
                    return ThrowUnmetBackwards(deadline, budget);
                }

                if (t >= e)
                {
                    return CalendarTimeline.ToInstant(t);
                }

                remaining -= fcur - _timeline.Cumulative(e);
            }

            cur = Math.Min(cur, ex[2 * i]);
            if (cur < _timeline.MinSupported)
            {
                return ThrowUnmetBackwards(deadline, budget);
            }
        }

        return TryInvertDifference(_timeline.Cumulative(cur), remaining, out var latest)
            ? CalendarTimeline.ToInstant(latest)
            : ThrowUnmetBackwards(deadline, budget);
    }

    /// <summary>
    /// The maximal open intervals that meet <c>[from, to)</c>, clipped to it, in order — for reports and UIs.
    /// Enumerating allocates nothing (a struct enumerator).
    /// </summary>
    /// <param name="from">A supported instant.</param>
    /// <param name="to">A supported instant at or after <paramref name="from"/>.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses), treated exactly like breaks.</param>
    /// <returns>An enumerable of <see cref="Interval"/>s.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the horizon, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public OpenIntervals OpenIntervals(Instant from, Instant to, ExclusionSet exclusions = default)
    {
        var a = InRange(from, nameof(from));
        var b = to == MaxInstant ? _timeline.EndSupported : InRange(to, nameof(to));
        if (b < a)
        {
            Preconditions.ThrowOutOfRange(nameof(to), to, $"must not be before from ({from})");
        }

        return new OpenIntervals(this, a, b, exclusions);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"BusinessCalendar {Zone.Id}, {WeeklyBusinessTime.TotalHours:0.##} h per ordinary week, {_definition.Holidays.Length} holidays, {_definition.YearlyHolidays.Length} yearly holidays, {_definition.Overrides.Length} overrides, {_definition.Breaks.Length} breaks";

    internal bool TryNextOpening(long t, ReadOnlySpan<long> ex, out long opening)
    {
        var u = t;
        while (true)
        {
            if (!_timeline.TryInvert(_timeline.Cumulative(u), strict: true, out u))
            {
                opening = 0;
                return false;
            }

            var i = FirstEndingAfter(ex, u);
            if (i < ex.Length / 2 && ex[2 * i] <= u)
            {
                u = ex[(2 * i) + 1];
                if (u >= _timeline.EndSupported)
                {
                    opening = 0;
                    return false;
                }

                continue;
            }

            opening = u;
            return true;
        }
    }

    internal bool TryNextClosing(long t, ReadOnlySpan<long> ex, out long closing)
    {
        var i = FirstEndingAfter(ex, t);
        if (i < ex.Length / 2 && ex[2 * i] <= t)
        {
            closing = t;
            return true;
        }

        var found = _timeline.TryNextClosing(t, out closing);
        if (i < ex.Length / 2 && (!found || ex[2 * i] < closing))
        {
            closing = ex[2 * i];
            return closing < _timeline.EndSupported;
        }

        return found;
    }

    internal long EndSupported => _timeline.EndSupported;

    // The earliest instant with cumulative business time f + budget; false when that sum lies beyond what 64 bits
    // hold, which is beyond the horizon as well (a long budget from late in the horizon on an always-open calendar).
    private bool TryInvertSum(long f, long budget, out long instant)
    {
        if (f > 0 && budget > long.MaxValue - f)
        {
            instant = 0;
            return false;
        }

        return _timeline.TryInvert(f + budget, strict: false, out instant);
    }

    // Subtract's mirror of TryInvertSum: the latest instant with cumulative business time f - budget.
    private bool TryInvertDifference(long f, long budget, out long instant)
    {
        if (f < 0 && budget > f - long.MinValue)
        {
            instant = 0;
            return false;
        }

        return _timeline.TryInvert(f - budget, strict: true, out instant);
    }

    // The index of the first exclusion whose end lies after t (exclusions are sorted and disjoint, so ends are sorted).
    private static int FirstEndingAfter(ReadOnlySpan<long> ex, long t)
    {
        int lo = 0, hi = ex.Length / 2;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ex[(2 * mid) + 1] <= t)
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

    // The number of exclusions that start before t.
    private static int CountStartingBefore(ReadOnlySpan<long> ex, long t)
    {
        int lo = 0, hi = ex.Length / 2;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ex[2 * mid] < t)
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

    private long InRange(Instant instant, string paramName)
    {
        if (instant < MinInstant || instant >= MaxInstant)
        {
            Preconditions.ThrowOutOfRange(paramName, instant, $"must lie within the calendar's horizon [{MinInstant}, {MaxInstant}) (local dates {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd})");
        }

        return CalendarTimeline.ToNanoseconds(instant);
    }

    private static readonly Duration MaxBudget = Duration.FromNanoseconds(long.MaxValue);

    private long Budget(Duration budget)
    {
        if (budget < Duration.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(budget), budget, "must be zero or positive");
        }

        if (budget > MaxInstant - MinInstant)
        {
            Preconditions.ThrowOutOfRange(nameof(budget), budget, $"cannot be met within the calendar's horizon (local dates {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd})");
        }

        if (budget > MaxBudget)
        {
            Preconditions.ThrowOutOfRange(nameof(budget), budget, "must be at most 106,751 days (about 292 years, the reach of 64-bit nanoseconds)");
        }

        return budget.ToInt64Nanoseconds();
    }

    private Instant ThrowUnmet(Instant start, Duration budget)
    {
        Preconditions.ThrowOutOfRange(nameof(budget), budget,
            $"cannot be met from {start.InZone(Zone).LocalDateTime:uuuu-MM-dd'T'HH:mm:ss} ({start}): the calendar has less business time than that before the end of its horizon ({MaxDate:uuuu-MM-dd}) — it may be closed for ever after the start");
        return default;
    }

    private Instant ThrowUnmetBackwards(Instant deadline, Duration budget)
    {
        Preconditions.ThrowOutOfRange(nameof(budget), budget,
            $"cannot be met before {deadline.InZone(Zone).LocalDateTime:uuuu-MM-dd'T'HH:mm:ss} ({deadline}): the calendar has less business time than that after the start of its horizon ({MinDate:uuuu-MM-dd})");
        return default;
    }
}
