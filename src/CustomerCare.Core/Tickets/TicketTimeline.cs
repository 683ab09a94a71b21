// A ticket's attributes and its validated, time-ordered event history: the input of every SLA evaluation.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Tickets;

/// <summary>
/// A ticket's opening attributes and its events in time order, checked for impossible histories when created.
/// </summary>
/// <remarks>
/// <para>Rules checked (each violation throws an <see cref="ArgumentException"/> naming the event's index, kind and time):
/// events are in non-decreasing time order (events at the same instant keep the given order); the first event is
/// <see cref="TicketEventKind.Opened"/> and there is no other; <see cref="TicketEventKind.Resolved"/> only while not
/// resolved; <see cref="TicketEventKind.Reopened"/> only while resolved; nothing follows
/// <see cref="TicketEventKind.Closed"/>. A <see cref="TicketEventKind.CustomerReply"/> on a resolved ticket reopens it
/// at its instant, as help desks do (after it, the ticket is not resolved); an SLA policy with
/// <see cref="Sla.Policies.ResolvedReplyMode.Reject"/> refuses such a timeline when it evaluates it.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TicketTimeline
{
    private readonly TicketEvent[] _events;

    /// <summary>Creates a validated timeline.</summary>
    /// <param name="attributes">The ticket's attributes when it was opened.</param>
    /// <param name="events">The events in time order, starting with <see cref="TicketEventKind.Opened"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The events are out of order or describe an impossible history (see remarks).</exception>
    public TicketTimeline(TicketAttributes attributes, IEnumerable<TicketEvent> events)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(events);
        Attributes = attributes;
        _events = events.ToArray();
        if (_events.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(events), "A timeline needs at least its Opened event; events was empty.");
        }

        var validator = default(TimelineValidator);
        for (var i = 0; i < _events.Length; i++)
        {
            validator.Accept(_events[i], i, nameof(events));
        }
    }

    /// <summary>Gets the attributes the ticket was opened with.</summary>
    public TicketAttributes Attributes { get; }

    /// <summary>Gets the events in time order.</summary>
    public ReadOnlySpan<TicketEvent> Events => _events;

    /// <summary>Gets the number of events.</summary>
    public int Count => _events.Length;

    /// <summary>Gets the event at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The event.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0..<see cref="Count"/>-1.</exception>
    public TicketEvent this[int index] => _events[index];

    /// <summary>Gets when the ticket was opened (the time of its first event).</summary>
    public Instant OpenedAt => _events[0].At;
}
