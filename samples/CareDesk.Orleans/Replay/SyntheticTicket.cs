// One generated ticket: its id, opening attributes and events in order.
using CareDesk.Orleans.Tickets;

namespace CareDesk.Orleans.Replay;

/// <summary>A ticket to replay.</summary>
public sealed record SyntheticTicket(string Id, TicketAttributesDto Attributes, IReadOnlyList<TicketEventDto> Events);
