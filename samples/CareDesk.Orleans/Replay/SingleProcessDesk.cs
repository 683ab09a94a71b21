// The reference: the same tickets through the core library in one process, no Orleans (for the exactness check and the benchmark).
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Sla.Reporting;
using NodaTime;

namespace CareDesk.Orleans.Replay;

/// <summary>Replays tickets through <see cref="SlaClock"/> and <see cref="SlaComplianceReportBuilder"/> in one process.</summary>
public static class SingleProcessDesk
{
    public static KpiSummary Summarise(SlaPolicySet policies, IEnumerable<SyntheticTicket> tickets, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(tickets);
        var report = new SlaComplianceReportBuilder();
        var issues = new List<IssueContacts>();
        foreach (var ticket in tickets)
        {
            var clock = new SlaClock(policies, ticket.Attributes.ToAttributes());
            foreach (var dto in ticket.Events)
            {
                clock.Append(dto.ToEvent());
            }

            report.Add(clock.Evaluate(asOf));
            issues.Add(TicketIssue.From(clock.Events));
        }

        return KpiSummary.From(report.Build(), issues);
    }
}
