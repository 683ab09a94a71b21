// A ticket as stored in SQLite: the attributes it was opened with; its history is in EventRow.
namespace CareDesk.Api.Data;

/// <summary>One ticket. The CRM's own ticket table would hold more; these are the fields the SLA engine reads.</summary>
public sealed class TicketRow
{
    public long Id { get; set; }

    public required string Priority { get; set; }

    public string? Segment { get; set; }

    public string? Channel { get; set; }

    public string? Category { get; set; }

    public string? Severity { get; set; }

    public string? Subject { get; set; }

    /// <summary>When the ticket was opened, as Unix ticks (100 ns), so that SQLite can order and filter on it.</summary>
    public long OpenedTicks { get; set; }

    public List<EventRow> Events { get; set; } = [];
}
