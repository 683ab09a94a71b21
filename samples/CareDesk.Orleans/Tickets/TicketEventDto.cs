// A ticket event as it travels to a ticket grain and is stored in its state: the core TicketEvent, in a serializable shape.
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Tickets;

/// <summary>One ticket event on the wire and in storage; <see cref="ToEvent"/> rebuilds the core <see cref="TicketEvent"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record TicketEventDto(
    [property: Id(0)] TicketEventKind Kind,
    [property: Id(1)] Instant At,
    [property: Id(2)] string? Key = null,
    [property: Id(3)] string? Value = null)
{
    /// <summary>Copies a core event.</summary>
    public static TicketEventDto From(TicketEvent e) => new(e.Kind, e.At, e.Key, e.Value);

    /// <summary>Rebuilds the core event through its factory, which validates the payload.</summary>
    /// <exception cref="ArgumentException">The payload does not fit the kind (for example a status change without a status).</exception>
    public TicketEvent ToEvent() => Kind switch
    {
        TicketEventKind.Opened => TicketEvent.Opened(At),
        TicketEventKind.StatusChanged => TicketEvent.StatusChanged(At, Value!),
        TicketEventKind.AgentPublicReply => TicketEvent.AgentPublicReply(At),
        TicketEventKind.AgentInternalNote => TicketEvent.AgentInternalNote(At),
        TicketEventKind.CustomerReply => TicketEvent.CustomerReply(At),
        TicketEventKind.PriorityChanged => TicketEvent.PriorityChanged(At, Value!),
        TicketEventKind.SegmentChanged => TicketEvent.SegmentChanged(At, Value!),
        TicketEventKind.AttributeChanged => TicketEvent.AttributeChanged(At, Key!, Value!),
        TicketEventKind.Resolved => TicketEvent.Resolved(At),
        TicketEventKind.Reopened => TicketEvent.Reopened(At),
        TicketEventKind.Closed => TicketEvent.Closed(At),
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown ticket event kind."),
    };
}
