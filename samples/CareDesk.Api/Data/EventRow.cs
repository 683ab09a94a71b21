// One event of a ticket's history as stored in SQLite; (TicketId, Sequence) is unique, so no event is stored twice.
namespace CareDesk.Api.Data;

/// <summary>One event, numbered 0, 1, 2 … in the order it was accepted (0 is "opened").</summary>
public sealed class EventRow
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public int Sequence { get; set; }

    /// <summary>The event type as the API names it: <c>opened</c>, <c>agent_reply</c>, <c>status</c>, ….</summary>
    public required string Type { get; set; }

    public string? Value { get; set; }

    /// <summary>When it happened, as Unix ticks (100 ns).</summary>
    public long AtTicks { get; set; }
}
