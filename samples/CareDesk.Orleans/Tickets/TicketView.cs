// A read-only look at a ticket grain: its events, when it next wakes, and the transitions it observed.
using NodaTime;

namespace CareDesk.Orleans.Tickets;

/// <summary>What a ticket grain holds, for tests and tools: its events, its next wake-up, the transitions it observed and its escalation steps.</summary>
[GenerateSerializer, Immutable]
public sealed record TicketView(
    [property: Id(0)] int Events,
    [property: Id(1)] Instant? NextTransition,
    [property: Id(2)] IReadOnlyList<ObservedTransition> Observed,
    [property: Id(3)] IReadOnlyList<EscalationRecord> Escalations);
