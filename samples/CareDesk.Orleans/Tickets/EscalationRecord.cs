// One escalation step a ticket grain took on an SLA transition: when, from which tier to which, and why.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CareDesk.Orleans.Tickets;

/// <summary>An escalation step (escalated, or already at the top tier) recorded in the ticket's stored state.</summary>
/// <param name="At">The transition's exact instant from the SLA clock.</param>
/// <param name="Kind">The transition: a warning reached or a breach.</param>
/// <param name="Metric">The SLA metric's name.</param>
/// <param name="Instance">The metric's instance (0 for the first response, counting for next responses).</param>
/// <param name="From">The tier that owned the ticket before.</param>
/// <param name="To">The tier that owns it after (the same as <paramref name="From"/> when already at the top).</param>
/// <param name="Outcome">What the step did.</param>
/// <param name="Reason">Why, in words (from the responsibility model).</param>
[GenerateSerializer, Immutable]
public sealed record EscalationRecord(
    [property: Id(0)] Instant At,
    [property: Id(1)] SlaNotificationKind Kind,
    [property: Id(2)] string Metric,
    [property: Id(3)] int Instance,
    [property: Id(4)] string From,
    [property: Id(5)] string To,
    [property: Id(6)] EscalationOutcome Outcome,
    [property: Id(7)] string Reason)
{
    public override string ToString() => $"{At}: {From} → {To} ({Outcome}): {Reason}";
}
