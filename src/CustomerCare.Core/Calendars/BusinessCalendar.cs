// A business calendar: opening hours in a real time zone, and exact business-time arithmetic on them.
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// Opening hours in an IANA time zone — weekly windows, holidays, yearly holidays, date overrides and breaks — and
/// business-time arithmetic on them: <see cref="IsOpen"/>, <see cref="NextOpening"/>, <see cref="NextClosing"/>,
/// <see cref="Add(Instant, Duration, ExclusionSet)"/>, <see cref="Elapsed(Instant, Instant, ExclusionSet)"/>,
/// <see cref="Subtract"/> and <see cref="OpenIntervals"/>, and their batch forms over spans
/// (<see cref="Elapsed(Instant, ReadOnlySpan{Instant}, Span{Duration})"/>, <see cref="Add(Instant, ReadOnlySpan{Duration}, Span{Instant})"/>).
/// </summary>
/// <remarks>
/// <para><b>Rules</b> (help desks disagree on each, so they are stated here):</para>
/// <list type="bullet">
/// <item>Windows are half-open <c>[from, to)</c>; overlapping or touching windows merge, also across midnight.</item>
/// <item><see cref="Add(Instant, Duration, ExclusionSet)"/> with a positive budget returns the earliest instant at which the budget is used up: a budget
/// used up exactly at a window end returns that end (17:00, not the next morning).</item>
/// <item><see cref="Add(Instant, Duration, ExclusionSet)"/> with a zero budget returns the first business moment at or after the start.</item>
/// <item>Local times map to instants leniently: an ambiguous time (clocks going back) takes the earlier occurrence;
/// a time in a gap (clocks going forward) moves forward by the gap's length. A window that becomes empty is dropped.</item>
/// <item>Business time is measured on the time line: a 24/7 calendar counts 23 h on a spring-forward day.</item>
/// <item><see cref="Elapsed(Instant, Instant, ExclusionSet)"/> with <c>end ≤ start</c> is zero. Everything is exact to the nanosecond.</item>
/// </list>
/// <para>A holiday closes its whole date; an overnight shift belongs to the day it starts on (a holiday on that day
/// removes it, a holiday on the next day does not). A date override replaces the weekly windows of its date and wins
/// over a yearly holiday. Breaks and run-time <see cref="ExclusionSet"/>s remove absolute intervals.</para>
/// <para><b>Horizon</b>: instants whose local date lies between <see cref="MinDate"/> and <see cref="MaxDate"/> are
/// supported; others, and budgets that would end beyond them, throw <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para><b>Cost</b>: building compiles nothing but the weekly pattern (tens of microseconds, a few KB). The horizon is
/// compiled lazily in chunks of 64 weeks (about 15 months) on first use, each about 1.5 KB plus a few hundred bytes per
/// holiday or clock-change week used, read from the zone then; a call far from the years used so far compiles the
/// chunks in between once. After that each call finds its weeks in constant time, whatever the budget and however many
/// weeks have a holiday, override, break or clock change, and allocates nothing.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class BusinessCalendar
{
    private readonly CalendarDefinition _definition;
    private readonly BusinessTimeline _timeline;

    internal BusinessCalendar(CalendarDefinition definition, BusinessTimeline timeline, IReadOnlyList<string> warnings)
    {
        _definition = definition;
        Warnings = warnings;
        _timeline = timeline;
        MinInstant = BusinessTimeline.ToInstant(timeline.MinSupported);
        MaxInstant = BusinessTimeline.ToInstant(timeline.EndSupported);
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

    /// <summary>
    /// Gets the findings about a definition that is valid but nearly always a mistake, one sentence each (empty when
    /// none). Today one check: every weekday (Monday to Friday) has an overnight window and the ordinary week is open
    /// more than 60 h — a <c>17:00–09:00</c> window typed for <c>09:00–17:00</c>.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    internal CalendarDefinition Definition => _definition;

    /// <summary>The compiled calendar's business-time contract, for engines (the SLA evaluator) that work on cumulative business time directly.</summary>
    internal BusinessTimeline BusinessTimeline => _timeline;

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
        TryNextOpening(InRange(instant, nameof(instant)), exclusions.Bounds, out var opening) ? BusinessTimeline.ToInstant(opening) : null;

    /// <summary>The first closed moment at or after <paramref name="instant"/>, counting <paramref name="exclusions"/> as closed.</summary>
    /// <param name="instant">A supported instant.</param>
    /// <param name="exclusions">Run-time closures (e.g. SLA pauses).</param>
    /// <returns><paramref name="instant"/> itself when closed, else the end of the open run that holds it; null when the
    /// calendar stays open to the end of the horizon (a 24/7 calendar).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the horizon.</exception>
    public Instant? NextClosing(Instant instant, ExclusionSet exclusions = default) =>
        TryNextClosing(InRange(instant, nameof(instant)), exclusions.Bounds, out var closing) ? BusinessTimeline.ToInstant(closing) : null;

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
            return TryNextOpening(from, ex, out var opening) ? BusinessTimeline.ToInstant(opening) : ThrowUnmet(start, budget);
        }

        var cur = from;
        var remaining = amount;
        for (var i = FirstEndingAfter(ex, cur); i < ex.Length; i++)
        {
            var (s, e) = ex[i];
            if (s > cur)
            {
                if (s >= _timeline.EndSupported)
                {
                    // Stryker disable once Statement : a shortcut; going on, TryAdvance fails or returns a deadline before s, exactly as after the loop
                    break;
                }

                var fcur = _timeline.Cumulative(cur);
                if (!_timeline.TryAdvance(fcur, remaining, out var t))
                {
                    return ThrowUnmet(start, budget);
                }

                if (t <= s)
                {
                    return BusinessTimeline.ToInstant(t);
                }

                remaining -= _timeline.Cumulative(s) - fcur;
            }

            cur = Math.Max(cur, e);
            if (cur >= _timeline.EndSupported)
            {
                return ThrowUnmet(start, budget);
            }
        }

        var fend = _timeline.Cumulative(cur, out var anchor);
        return _timeline.TryAdvance(in anchor, fend, remaining, out var deadline)
            ? BusinessTimeline.ToInstant(deadline)
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
        for (var i = FirstEndingAfter(ex, a); i < ex.Length && ex[i].Start < b; i++)
        {
            total -= (Int128)_timeline.Cumulative(Math.Min(ex[i].End, b)) - _timeline.Cumulative(Math.Max(ex[i].Start, a));
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
            var (s, e) = ex[i];
            if (e < cur)
            {
                if (e < _timeline.MinSupported)
                {
                    // Stryker disable once Statement : a shortcut; going on, TryRetreat fails or returns a start after e, exactly as after the loop
                    break;
                }

                var fcur = _timeline.Cumulative(cur);
                if (!_timeline.TryRetreat(fcur, remaining, out var t))
                {
                    return ThrowUnmetBackwards(deadline, budget);
                }

                if (t >= e)
                {
                    return BusinessTimeline.ToInstant(t);
                }

                remaining -= fcur - _timeline.Cumulative(e);
            }

            cur = Math.Min(cur, s);
            if (cur < _timeline.MinSupported)
            {
                return ThrowUnmetBackwards(deadline, budget);
            }
        }

        return _timeline.TryRetreat(_timeline.Cumulative(cur), remaining, out var latest)
            ? BusinessTimeline.ToInstant(latest)
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

    internal bool TryNextOpening(long t, ReadOnlySpan<(long Start, long End)> ex, out long opening)
    {
        var u = t;
        while (true)
        {
            var f = _timeline.Cumulative(u, out var anchor);
            if (!_timeline.TryAdvance(in anchor, f, 0, out u))
            {
                opening = 0;
                return false;
            }

            var i = FirstEndingAfter(ex, u);
            if (i < ex.Length && ex[i].Start <= u)
            {
                u = ex[i].End;
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

    internal bool TryNextClosing(long t, ReadOnlySpan<(long Start, long End)> ex, out long closing)
    {
        var i = FirstEndingAfter(ex, t);
        if (i < ex.Length && ex[i].Start <= t)
        {
            closing = t;
            return true;
        }

        var found = _timeline.TryNextClosing(t, out closing);
        if (i < ex.Length && (!found || ex[i].Start < closing))
        {
            closing = ex[i].Start;
            return closing < _timeline.EndSupported;
        }

        return found;
    }

    internal long EndSupported => _timeline.EndSupported;

    // The index of the first exclusion whose end lies after t (exclusions are sorted and disjoint, so ends are sorted).
    private static int FirstEndingAfter(ReadOnlySpan<(long Start, long End)> ex, long t) => SortedSearch.PartitionPoint(ex, new EndsAtOrBefore(t));

    // The number of exclusions that start before t.
    private static int CountStartingBefore(ReadOnlySpan<(long Start, long End)> ex, long t) => SortedSearch.PartitionPoint(ex, new StartsBefore(t));

    private long InRange(Instant instant, string paramName)
    {
        if (instant < MinInstant || instant >= MaxInstant)
        {
            Preconditions.ThrowOutOfRange(paramName, instant, $"must lie within the calendar's horizon [{MinInstant}, {MaxInstant}) (local dates {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd})");
        }

        return BusinessTimeline.ToPosition(instant);
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

    private readonly struct EndsAtOrBefore(long t) : ISortedCondition<(long Start, long End)>
    {
        public bool Holds(in (long Start, long End) value) => value.End <= t;
    }

    private readonly struct StartsBefore(long t) : ISortedCondition<(long Start, long End)>
    {
        public bool Holds(in (long Start, long End) value) => value.Start < t;
    }
}
