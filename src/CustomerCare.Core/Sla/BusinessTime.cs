// The two business-time primitives an SLA clock needs (add and elapsed with pauses excluded), over 24/7 time or a business calendar.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Sla;

/// <summary>
/// Business-time arithmetic with run-time exclusions (an SLA clock's pauses): exclusions are sorted, disjoint,
/// half-open intervals and are treated exactly like calendar breaks.
/// </summary>
internal abstract class BusinessTime
{
    /// <summary>Business time in [<paramref name="from"/>, <paramref name="to"/>) outside <paramref name="exclusions"/>; zero when to ≤ from.</summary>
    public abstract Duration Elapsed(Instant from, Instant to, ReadOnlySpan<Interval> exclusions);

    /// <summary>The earliest instant at which <paramref name="budget"/> of business time after <paramref name="from"/> is used up.</summary>
    public abstract Instant Add(Instant from, Duration budget, ReadOnlySpan<Interval> exclusions);
}

/// <summary>Calendar time (24/7): every second counts except the exclusions. Exact, allocation-free, O(exclusions).</summary>
internal sealed class CalendarTime : BusinessTime
{
    public static CalendarTime Instance { get; } = new();

    public override Duration Elapsed(Instant from, Instant to, ReadOnlySpan<Interval> exclusions) =>
        Pauses.Elapsed(default(WallClock), from, to, exclusions);

    public override Instant Add(Instant from, Duration budget, ReadOnlySpan<Interval> exclusions) =>
        Pauses.Add(default(WallClock), from, budget, exclusions);
}

/// <summary>
/// A <see cref="BusinessCalendar"/> with SLA pauses. The pauses are applied here, on top of the calendar's
/// exclusion-free Add and Elapsed, rather than through an <see cref="ExclusionSet"/>: building an ExclusionSet
/// copies the intervals into new arrays, and an SLA evaluation would pay that for every ticket. The result is the
/// same because exclusions are defined to behave exactly like breaks: business time outside the pauses is the
/// calendar's business time minus its business time inside them.
/// </summary>
internal sealed class CalendarBusinessTime : BusinessTime
{
    private readonly BusinessCalendar _calendar;

    public CalendarBusinessTime(BusinessCalendar calendar) => _calendar = calendar;

    public override Duration Elapsed(Instant from, Instant to, ReadOnlySpan<Interval> exclusions) =>
        Pauses.Elapsed(new CalendarClock(_calendar), from, to, exclusions);

    public override Instant Add(Instant from, Duration budget, ReadOnlySpan<Interval> exclusions) =>
        Pauses.Add(new CalendarClock(_calendar), from, budget, exclusions);
}

/// <summary>The exclusion-free business time an SLA clock runs on; a struct so that <see cref="Pauses"/> is specialised per clock.</summary>
internal interface ITimeLine
{
    /// <summary>Business time in [from, to), to &gt; from.</summary>
    Duration Elapsed(Instant from, Instant to);

    /// <summary>The earliest instant at which <paramref name="budget"/> of business time after <paramref name="from"/> is used up.</summary>
    Instant Add(Instant from, Duration budget);
}

/// <summary>24/7: business time is wall time on the time line.</summary>
internal readonly struct WallClock : ITimeLine
{
    public Duration Elapsed(Instant from, Instant to) => to - from;

    public Instant Add(Instant from, Duration budget) => from + budget;
}

/// <summary>A business calendar's own time, without run-time exclusions.</summary>
internal readonly struct CalendarClock(BusinessCalendar calendar) : ITimeLine
{
    public Duration Elapsed(Instant from, Instant to) => calendar.Elapsed(from, to);

    public Instant Add(Instant from, Duration budget) => calendar.Add(from, budget);
}

/// <summary>Skips an SLA clock's pauses (sorted, disjoint, half-open) on any <see cref="ITimeLine"/>, exactly as calendar breaks are skipped.</summary>
internal static class Pauses
{
    /// <summary>Business time in [from, to) outside the exclusions: the time line's total minus its time inside each pause.</summary>
    public static Duration Elapsed<TLine>(TLine line, Instant from, Instant to, ReadOnlySpan<Interval> exclusions)
        where TLine : struct, ITimeLine
    {
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = line.Elapsed(from, to);
        foreach (var ex in exclusions)
        {
            var s = ex.Start > from ? ex.Start : from;
            var e = ex.End < to ? ex.End : to;
            if (e > s)
            {
                total -= line.Elapsed(s, e);
            }
        }

        return total;
    }

    /// <summary>The earliest instant at which <paramref name="budget"/> of business time outside the exclusions is used up.</summary>
    public static Instant Add<TLine>(TLine line, Instant from, Duration budget, ReadOnlySpan<Interval> exclusions)
        where TLine : struct, ITimeLine
    {
        var t = from;
        var remaining = budget;
        foreach (var ex in exclusions)
        {
            if (ex.End <= t)
            {
                continue;
            }

            if (ex.Start > t)
            {
                // Spend before the pause only when there is business time there: a zero budget with none available
                // must land on the first business moment after the pause, not inside it.
                var available = line.Elapsed(t, ex.Start);
                if (available > Duration.Zero && remaining <= available)
                {
                    return line.Add(t, remaining);
                }

                remaining -= available;
            }

            t = ex.End;
        }

        return line.Add(t, remaining);
    }
}
