// The stored state of a ticket grain: its opening attributes, every accepted event in order, and its escalation steps.
namespace CareDesk.Orleans.Tickets;

/// <summary>What a ticket grain stores; the SLA clock and the current owner are rebuilt from it on activation.</summary>
[GenerateSerializer]
public sealed class TicketState
{
    [Id(0)]
    public TicketAttributesDto? Attributes { get; set; }

    [Id(1)]
    public List<TicketEventDto> Events { get; set; } = [];

    /// <summary>Gets the escalation steps taken on SLA transitions, in order.</summary>
    [Id(2)]
    public List<EscalationRecord> Escalations { get; set; } = [];
}
