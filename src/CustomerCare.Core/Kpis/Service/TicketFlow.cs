// The ticket flow of one period: open at the start, created, resolved, and the backlog they leave.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Service;

/// <summary>
/// One period's ticket flow. Backlog at the end = open at start + created − resolved. Flows of several queues add
/// with <c>+</c>; the next period starts with <see cref="Backlog"/> open (<see cref="Next(long, long)"/>).
/// Immutable and thread-safe.
/// </summary>
public readonly record struct TicketFlow
{
    /// <summary>Creates a flow.</summary>
    /// <param name="openAtStart">Tickets open when the period starts, 0 or more.</param>
    /// <param name="created">Tickets created during the period, 0 or more.</param>
    /// <param name="resolved">Tickets resolved during the period, at most <paramref name="openAtStart"/> + <paramref name="created"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or open at start + created exceeds <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="ArgumentException">More tickets are resolved than could have been open.</exception>
    public TicketFlow(long openAtStart, long created, long resolved)
    {
        Preconditions.NonNegative(openAtStart, nameof(openAtStart));
        Preconditions.NonNegative(created, nameof(created));
        Preconditions.NonNegative(resolved, nameof(resolved));
        if (resolved > Preconditions.AddCount(openAtStart, created, nameof(created)))
        {
            Preconditions.ThrowArgument(nameof(resolved),
                $"resolved ({resolved}) exceeds open at start + created ({openAtStart} + {created}); a period cannot resolve tickets it never had.");
        }

        OpenAtStart = openAtStart;
        Created = created;
        Resolved = resolved;
    }

    /// <summary>Gets the tickets open at the start.</summary>
    public long OpenAtStart { get; }

    /// <summary>Gets the tickets created during the period.</summary>
    public long Created { get; }

    /// <summary>Gets the tickets resolved during the period.</summary>
    public long Resolved { get; }

    /// <summary>Gets the backlog at the end: <c>OpenAtStart + Created − Resolved</c>, 0 or more.</summary>
    public long Backlog => OpenAtStart + Created - Resolved;

    /// <summary>Gets the change of the backlog over the period, <c>Created − Resolved</c> (negative when it shrinks).</summary>
    public long NetChange => Created - Resolved;

    /// <summary>Returns the next period's flow, which starts with this period's backlog.</summary>
    /// <param name="created">Tickets created in the next period.</param>
    /// <param name="resolved">Tickets resolved in the next period.</param>
    /// <returns>The next flow.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the backlog + created exceeds <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="ArgumentException">More tickets are resolved than could have been open.</exception>
    public TicketFlow Next(long created, long resolved) => new(Backlog, created, resolved);

    /// <summary>Returns the flow as <c>open 120 + created 300 − resolved 350 = backlog 70</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the flow as <c>open 120 + created 300 − resolved 350 = backlog 70</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"open {OpenAtStart.ToString(provider)} + created {Created.ToString(provider)} − resolved {Resolved.ToString(provider)} = backlog {Backlog.ToString(provider)}";

    /// <summary>Adds the flows of two queues over the same period.</summary>
    /// <param name="left">One queue.</param>
    /// <param name="right">Another queue.</param>
    /// <returns>The combined flow.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static TicketFlow operator +(TicketFlow left, TicketFlow right) => Add(left, right);

    /// <summary>Adds the flows of two queues over the same period.</summary>
    /// <param name="left">One queue.</param>
    /// <param name="right">Another queue.</param>
    /// <returns>The combined flow.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static TicketFlow Add(TicketFlow left, TicketFlow right) =>
        new(checked(left.OpenAtStart + right.OpenAtStart), checked(left.Created + right.Created), checked(left.Resolved + right.Resolved));
}
