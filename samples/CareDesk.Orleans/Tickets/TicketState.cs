// The stored state of a ticket grain: its opening attributes and every accepted event, in order.

namespace CareDesk.Orleans.Tickets;

/// <summary>What a ticket grain stores; the SLA clock is rebuilt from it on activation.</summary>
[GenerateSerializer]
public sealed class TicketState
{
    [Id(0)]
    public TicketAttributesDto? Attributes { get; set; }

    [Id(1)]
    public List<TicketEventDto> Events { get; set; } = [];
}
