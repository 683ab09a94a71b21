// Response bodies of the ticket endpoints (snake_case JSON; times and durations in the library's JSON forms).
using CareDesk.Api.Data;
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CareDesk.Api.Tickets;

/// <summary>One stored event.</summary>
public sealed record EventView(int Sequence, string Type, Instant At, string? Value)
{
    internal static EventView From(EventRow row) => new(row.Sequence, row.Type, Instant.FromUnixTimeTicks(row.AtTicks), row.Value);
}

/// <summary>A ticket with its history.</summary>
public sealed record TicketView(long Id, string Priority, string? Segment, string? Channel, string? Category, string? Severity, string? Subject, Instant OpenedAt, IReadOnlyList<EventView> Events)
{
    internal static TicketView From(TicketRow row) =>
        new(row.Id, row.Priority, row.Segment, row.Channel, row.Category, row.Severity, row.Subject, Instant.FromUnixTimeTicks(row.OpenedTicks),
            row.Events.OrderBy(e => e.Sequence).Select(EventView.From).ToList());
}

/// <summary>One SLA metric of a ticket: its status, target and the business time used and left.</summary>
public sealed record MetricView(string Metric, SlaStatus Status, Duration Target, Duration Elapsed, Duration Remaining, double RemainingSeconds, Instant? Deadline, Instant? WarningAt)
{
    internal static MetricView From(SlaMetricResult r) =>
        new(r.Metric.Name, r.Status, r.Target, r.Elapsed, r.Remaining, r.Remaining.TotalSeconds, r.Deadline, r.WarningAt);
}

/// <summary>A ticket's SLA status at an instant.</summary>
public sealed record SlaView(long TicketId, Instant EvaluatedAt, string Policy, string Priority, IReadOnlyList<MetricView> Metrics)
{
    internal static SlaView From(long id, SlaEvaluation evaluation) =>
        new(id, evaluation.Now, evaluation.Policy.Name, evaluation.Priority,
            evaluation.Results.Where(r => r.Status != SlaStatus.NotApplicable).Select(MetricView.From).ToList());
}

/// <summary>One escalation step.</summary>
public sealed record StepView(Instant At, string From, string To, string Outcome, string Reason);

/// <summary>Who held a ticket and where it escalated, up to an instant.</summary>
public sealed record EscalationView(long TicketId, Instant Until, string? InitialTier, IReadOnlyList<string> Raci, IReadOnlyList<StepView> Steps, string? FinalTier, IReadOnlyDictionary<string, Duration> SlaTimeByTier);
