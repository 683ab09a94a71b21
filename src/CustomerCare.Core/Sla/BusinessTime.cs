// The two business-time primitives an SLA clock needs (add and elapsed with pauses excluded), over 24/7 time or a business calendar.
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

    public override Duration Elapsed(Instant from, Instant to, ReadOnlySpan<Interval> exclusions)
    {
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = to - from;
        foreach (var ex in exclusions)
        {
            var s = ex.Start > from ? ex.Start : from;
            var e = ex.End < to ? ex.End : to;
            if (e > s)
            {
                total -= e - s;
            }
        }

        return total;
    }

    public override Instant Add(Instant from, Duration budget, ReadOnlySpan<Interval> exclusions)
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
                var gap = ex.Start - t;
                if (remaining <= gap)
                {
                    return t + remaining;
                }

                remaining -= gap;
            }

            t = ex.End;
        }

        return t + remaining;
    }
}
