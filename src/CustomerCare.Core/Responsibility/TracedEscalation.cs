// One escalation step of a traced ticket, dated.
using NodaTime;

namespace CustomerCare.Core.Responsibility;

/// <summary>An escalation step (escalated, at the top, or declined) and the instant it happened.</summary>
/// <param name="At">When the trigger happened: the event's instant or the SLA engine's warning or breach instant.</param>
/// <param name="Step">The step.</param>
public readonly record struct TracedEscalation(Instant At, EscalationStep Step)
{
    /// <summary>Formats the step with its instant.</summary>
    /// <returns>The step in words.</returns>
    public override string ToString() => $"{At}: {Step}";
}
