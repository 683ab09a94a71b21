// The event types the API accepts, mapped to the library's TicketEvent factories.
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Api.Tickets;

/// <summary>Names of ticket events on the wire (snake case, like the library's JSON formats) and their library events.</summary>
internal static class EventTypes
{
    /// <summary>The types a client may post; <c>opened</c> is written only when a ticket is created.</summary>
    public static readonly string[] Postable =
        ["agent_reply", "internal_note", "customer_reply", "status", "priority", "segment", "resolved", "reopened", "closed"];

    /// <summary>The types that need a <c>value</c> (the new status, priority or segment).</summary>
    public static bool NeedsValue(string type) => type is "status" or "priority" or "segment";

    public static TicketEvent ToEvent(string type, Instant at, string? value) => type switch
    {
        "opened" => TicketEvent.Opened(at),
        "agent_reply" => TicketEvent.AgentPublicReply(at),
        "internal_note" => TicketEvent.AgentInternalNote(at),
        "customer_reply" => TicketEvent.CustomerReply(at),
        "status" => TicketEvent.StatusChanged(at, value!),
        "priority" => TicketEvent.PriorityChanged(at, value!),
        "segment" => TicketEvent.SegmentChanged(at, value!),
        "resolved" => TicketEvent.Resolved(at),
        "reopened" => TicketEvent.Reopened(at),
        "closed" => TicketEvent.Closed(at),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type."),
    };
}
