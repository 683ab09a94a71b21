// Feeds a ticket's SLA transitions to the responsibility model's escalation, one step per warning or breach.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;

namespace CareDesk.Orleans.Tickets;

/// <summary>
/// Escalation of one ticket: its first owner from the responsibility matrix (category × severity), then one
/// <see cref="ResponsibilityModel.Escalate"/> step per SLA transition, as the model decides (the sample desks escalate on
/// breaches, one level each). The grain and the single-process reference both go through this class.
/// </summary>
public static class TicketEscalation
{
    /// <summary>The category of a ticket opened without one.</summary>
    public const string DefaultCategory = "general";

    /// <summary>The first owner; not covered when no rule of the model covers the ticket's category and severity.</summary>
    /// <exception cref="ArgumentException">The category is not a category path, or the severity is not on the model's scale.</exception>
    public static Assignment Initial(ResponsibilityModel model, TicketAttributesDto attributes)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(attributes);
        var key = model.CategoryKey(attributes.Category ?? DefaultCategory);
        return model.Resolve(new ResponsibilityIssue(key, model.SeverityIndex(SeverityOf(attributes))));
    }

    /// <summary>The ticket's severity: its own, or derived from its opening priority (urgent S1, high S2, normal S3, low S4).</summary>
    public static string SeverityOf(TicketAttributesDto attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return attributes.Severity ?? attributes.Priority switch
        {
            PriorityScale.Urgent => "S1",
            PriorityScale.High => "S2",
            PriorityScale.Normal => "S3",
            _ => "S4",
        };
    }

    /// <summary>Escalates on <paramref name="transition"/> (a warning or breach; a met stop does nothing) and records a step that did something.</summary>
    /// <returns>The assignment after the step.</returns>
    public static Assignment Apply(ResponsibilityModel model, Assignment current, SlaNotification transition, List<EscalationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(records);
        if (!current.IsCovered || transition.Kind == SlaNotificationKind.Met)
        {
            return current;
        }

        var step = model.Escalate(current, EscalationTrigger.Sla(transition));
        if (step.Outcome != EscalationOutcome.NotNeeded)
        {
            records.Add(new EscalationRecord(transition.At, transition.Kind, transition.Metric.Name, transition.Instance, step.From.Name, step.To.Name, step.Outcome, step.Reason));
        }

        return step.Next;
    }

    /// <summary>The owner after the recorded steps (for a grain re-activated from its stored state).</summary>
    public static Assignment Replay(ResponsibilityModel model, TicketAttributesDto attributes, IEnumerable<EscalationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var current = Initial(model, attributes);
        foreach (var r in records)
        {
            if (r.Outcome == EscalationOutcome.Escalated && current.IsCovered)
            {
                var metric = SlaMetric.TryGetBuiltIn(r.Metric, out var m) ? m : SlaMetric.Resolution;
                current = model.Escalate(current, EscalationTrigger.Sla(new SlaNotification(r.Kind, metric, r.Instance, r.At))).Next;
            }
        }

        return current;
    }
}
