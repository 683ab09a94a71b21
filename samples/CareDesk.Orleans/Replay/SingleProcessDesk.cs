// The reference: the same tickets through the core library in one process, no Orleans (for the exactness check and the benchmark).
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Reporting;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Replay;

/// <summary>Replays tickets through <see cref="SlaClock"/>, <see cref="SlaComplianceReportBuilder"/> and <see cref="ResponsibilityModel.Trace"/> in one process.</summary>
public static class SingleProcessDesk
{
    public static KpiSummary Summarise(DeskSettings settings, IEnumerable<SyntheticTicket> tickets, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tickets);
        var report = new SlaComplianceReportBuilder();
        var issues = new List<IssueContacts>();
        var escalations = new List<EscalationRecord>();
        foreach (var ticket in tickets)
        {
            var clock = new SlaClock(settings.Policies, ticket.Attributes.ToAttributes());
            foreach (var dto in ticket.Events)
            {
                clock.Append(dto.ToEvent());
            }

            report.Add(clock.Evaluate(asOf));
            issues.Add(TicketIssue.From(clock.Events, ticket.Attributes.Contacts));
            escalations.AddRange(Escalations(settings, ticket, clock.Events, asOf));
        }

        return KpiSummary.From(report.Build(), issues, escalations);
    }

    /// <summary>
    /// The ticket's escalation steps as the core's <see cref="ResponsibilityModel.Trace"/> replays them (independently of
    /// the grain's code), with the sample's defaults for a ticket opened without category or severity.
    /// </summary>
    public static IEnumerable<EscalationRecord> Escalations(DeskSettings settings, SyntheticTicket ticket, ReadOnlySpan<TicketEvent> events, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(ticket);
        var attributes = ticket.Attributes with
        {
            Category = ticket.Attributes.Category ?? TicketEscalation.DefaultCategory,
            Severity = TicketEscalation.SeverityOf(ticket.Attributes),
        };
        var trace = settings.Responsibility.Trace(new TicketTimeline(attributes.ToAttributes(), events.ToArray()), settings.Policies, asOf);
        return trace.Steps.Select(s => new EscalationRecord(
            s.At, s.Step.Trigger.Notification.Kind, s.Step.Trigger.Notification.Metric.Name, s.Step.Trigger.Notification.Instance,
            s.Step.From.Name, s.Step.To.Name, s.Step.Outcome, s.Step.Reason));
    }
}
