// What happened to a ticket: the kinds of event a ticket timeline holds.
namespace CustomerCare.Core.Tickets;

/// <summary>The kinds of event a <see cref="TicketTimeline"/> holds.</summary>
/// <remarks><c>default</c> is <see cref="Opened"/>.</remarks>
public enum TicketEventKind
{
    /// <summary>The ticket was created (the customer's opening message). Must be the first event, exactly once. Its status
    /// is <c>open</c> unless the event states another (<see cref="TicketEvent.Value"/>).</summary>
    Opened = 0,

    /// <summary>The ticket's status changed to <see cref="TicketEvent.Value"/> (e.g. <c>pending</c>, <c>on-hold</c>, <c>open</c>); an SLA policy pauses its clocks on the statuses it names.</summary>
    StatusChanged = 1,

    /// <summary>An agent replied publicly (visible to the customer): the reply that first and next response wait for, and the start of a periodic-update gap.</summary>
    AgentPublicReply = 2,

    /// <summary>An agent wrote an internal note, which the customer does not see: it never counts as a response.</summary>
    AgentInternalNote = 3,

    /// <summary>The customer wrote. After the first public agent reply, the oldest customer message not yet answered starts a
    /// wait for the next response. On a resolved ticket it reopens the ticket by default (an SLA policy may refuse it instead).</summary>
    CustomerReply = 4,

    /// <summary>The priority changed to <see cref="TicketEvent.Value"/>. SLA targets are those of the current priority, applied from the ticket's opening.</summary>
    PriorityChanged = 5,

    /// <summary>The customer segment changed to <see cref="TicketEvent.Value"/> (a segment name). It may select another SLA policy, applied from the ticket's opening.</summary>
    SegmentChanged = 6,

    /// <summary>The attribute <see cref="TicketEvent.Key"/> changed to <see cref="TicketEvent.Value"/> (<c>channel</c>, <c>category</c> or a custom attribute).</summary>
    AttributeChanged = 7,

    /// <summary>The ticket was resolved (solved); stops resolution. Not allowed while already resolved. It may state the status
    /// it sets (<see cref="TicketEvent.Value"/>); otherwise the status is unchanged.</summary>
    Resolved = 8,

    /// <summary>A resolved ticket was reopened; only allowed while resolved. The status becomes <c>open</c>, or the status the
    /// event states (<see cref="TicketEvent.Value"/>).</summary>
    Reopened = 9,

    /// <summary>The ticket was closed for good; no event may follow. Closing an unresolved ticket also resolves it.</summary>
    Closed = 10,
}
