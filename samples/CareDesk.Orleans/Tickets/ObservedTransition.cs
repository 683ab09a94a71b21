// An SLA transition (warning, breach) as a ticket grain observed it: when it was due and when the grain saw it.
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CareDesk.Orleans.Tickets;

/// <summary>A transition the grain acted on. <see cref="At"/> is the exact instant from the SLA clock; <see cref="ObservedAt"/> the desk clock when the grain woke.</summary>
[GenerateSerializer, Immutable]
public sealed record ObservedTransition(
    [property: Id(0)] SlaNotificationKind Kind,
    [property: Id(1)] string Metric,
    [property: Id(2)] Instant At,
    [property: Id(3)] Instant ObservedAt);
