// One recorded step of escalation: from which tier to which, on what trigger, with what outcome and why.
namespace CustomerCare.Core.Responsibility;

/// <summary>The result of one <see cref="ResponsibilityModel.Escalate"/> call, with the reason in words.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EscalationStep
{
    internal EscalationStep(Tier from, Assignment next, EscalationTrigger trigger, EscalationOutcome outcome, string reason)
    {
        From = from;
        Next = next;
        Trigger = trigger;
        Outcome = outcome;
        Reason = reason;
    }

    /// <summary>Gets the tier that owned the issue before the step.</summary>
    public Tier From { get; }

    /// <summary>Gets the tier that owns it after the step (the same as <see cref="From"/> unless <see cref="Outcome"/> is <see cref="EscalationOutcome.Escalated"/>).</summary>
    public Tier To => Next.Tier!;

    /// <summary>Gets the assignment after the step.</summary>
    public Assignment Next { get; }

    /// <summary>Gets the trigger.</summary>
    public EscalationTrigger Trigger { get; }

    /// <summary>Gets what the step did.</summary>
    public EscalationOutcome Outcome { get; }

    /// <summary>Gets why, in words.</summary>
    public string Reason { get; }

    /// <summary>Formats the step as <c>agent → team leader (Escalated): …</c>.</summary>
    /// <returns>The step in words.</returns>
    public override string ToString() => $"{From.Name} → {To.Name} ({Outcome}): {Reason}";
}
