// One ticket of a what-if replay whose owner or escalations differ between two responsibility models.
namespace CustomerCare.Core.Responsibility;

/// <summary>A ticket of the history that the changed model would handle differently.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WhatIfChange
{
    internal WhatIfChange(int ticketIndex, ResponsibilityTrace before, ResponsibilityTrace after)
    {
        TicketIndex = ticketIndex;
        Before = before;
        After = after;
    }

    /// <summary>Gets the ticket's position in the history.</summary>
    public int TicketIndex { get; }

    /// <summary>Gets the trace under the baseline model.</summary>
    public ResponsibilityTrace Before { get; }

    /// <summary>Gets the trace under the changed model.</summary>
    public ResponsibilityTrace After { get; }

    /// <summary>Gets whether the first assignment differs (another tier or another rule).</summary>
    public bool AssignmentChanged =>
        !string.Equals(Before.Initial.Tier?.Name, After.Initial.Tier?.Name, StringComparison.OrdinalIgnoreCase) || Before.Initial.RuleIndex != After.Initial.RuleIndex;

    /// <summary>Gets whether the escalation steps differ (instants, tiers, outcomes or triggers).</summary>
    public bool EscalationsChanged => Before.Steps.Count != After.Steps.Count
        || !Before.Steps.Zip(After.Steps).All(p => p.First.At == p.Second.At && p.First.Step.Outcome == p.Second.Step.Outcome
            && p.First.Step.Trigger.Kind == p.Second.Step.Trigger.Kind
            && string.Equals(p.First.Step.From.Name, p.Second.Step.From.Name, StringComparison.OrdinalIgnoreCase)
            && string.Equals(p.First.Step.To.Name, p.Second.Step.To.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Formats the change as <c>ticket 3: agent → team leader; final team leader → head</c>.</summary>
    /// <returns>The change in words.</returns>
    public override string ToString() =>
        $"ticket {TicketIndex}: owner {Before.Initial.Tier?.Name ?? "none"} → {After.Initial.Tier?.Name ?? "none"}; " +
        $"{Before.Steps.Count} → {After.Steps.Count} escalation steps; final {Before.Final.Tier?.Name ?? "none"} → {After.Final.Tier?.Name ?? "none"}";
}
