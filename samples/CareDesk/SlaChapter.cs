// Chapter "SLA policies": the desk's service targets on its business hours, evaluated over a few of today's tickets.
using System.Globalization;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Sla.Reporting;
using CustomerCare.Core.Tickets;
using NodaTime;
using NodaTime.Text;

namespace CareDesk;

/// <summary>Three policies (VIP, chat, standard) and four tickets of the desk, evaluated as of the sample's "now".</summary>
internal static class SlaChapter
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("ddd HH:mm");

    public static void Run(Instant now)
    {
        var policies = new SlaPolicySetBuilder()
            .AddCalendar("desk", CalendarsChapter.Desk)
            .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), "urgent", "high", "normal", "low")
                .Target(SlaMetric.Resolution, Duration.FromHours(8), "urgent", "high", "normal", "low")
                .PauseOn(SlaMetric.Resolution, "pending")
                .Build())
            .Add(new SlaPolicyBuilder("Chat").When(SlaCondition.Channel("chat")).OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(5), "urgent", "high", "normal", "low")
                .Target(SlaMetric.NextResponse, Duration.FromMinutes(10), "urgent", "high", "normal", "low")
                .Build())
            .Fallback(new SlaPolicyBuilder("Standard").OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromHours(1), "urgent", "high")
                .Target(SlaMetric.FirstResponse, Duration.FromHours(4), "normal", "low")
                .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
                .Target(SlaMetric.NextResponse, Duration.FromHours(2), "urgent", "high", "normal", "low")
                .Target(SlaMetric.Resolution, Duration.FromHours(16), "urgent", "high", "normal", "low")
                .Warn(SlaMetric.Resolution, SlaWarning.Before(Duration.FromHours(2)))
                .PauseOn(SlaMetric.Resolution, "pending")
                .Reopen(ReopenMode.Continue)
                .Build())
            .Build();

        var today = now.InZone(Saigon).Date;
        Instant At(int daysAgo, int hour, int minute) => today.PlusDays(-daysAgo).At(new LocalTime(hour, minute)).InZoneStrictly(Saigon).ToInstant();
        var tickets = new (string Name, TicketTimeline Ticket)[]
        {
            ("#1041 e-mail, normal", new(new TicketAttributes("normal", channel: "email"),
                [TicketEvent.Opened(At(0, 9, 10)), TicketEvent.AgentInternalNote(At(0, 9, 40)), TicketEvent.AgentPublicReply(At(0, 11, 5))])),
            ("#1042 VIP, waiting on the customer", new(new TicketAttributes("high", segment: "vip"),
                [TicketEvent.Opened(At(3, 16, 0)), TicketEvent.AgentPublicReply(At(3, 16, 20)), TicketEvent.StatusChanged(At(3, 17, 0), "pending")])),
            ("#1043 chat, follow-up unanswered", new(new TicketAttributes("normal", channel: "chat"),
                [TicketEvent.Opened(At(0, 15, 0)), TicketEvent.AgentPublicReply(At(0, 15, 3)), TicketEvent.CustomerReply(At(0, 15, 12))])),
            ("#1044 raised to urgent, no reply yet", new(new TicketAttributes("normal"),
                [TicketEvent.Opened(At(0, 13, 45)), TicketEvent.PriorityChanged(At(0, 14, 30), "urgent")])),
        };

        Console.WriteLine($"Policies: {string.Join(", ", policies.Policies.Select(p => p.Name))} (first match wins); evaluated at {Show(now)} local.");
        var report = new SlaComplianceReportBuilder();
        foreach (var (name, ticket) in tickets)
        {
            var evaluation = policies.Evaluate(ticket, now);
            report.Add(evaluation);
            Console.WriteLine($"{name} → policy {evaluation.Policy.Name}, priority {evaluation.Priority}");
            foreach (var r in evaluation.Results.Where(r => r.Status != SlaStatus.NotApplicable))
            {
                var left = r.Remaining < Duration.Zero ? $"over by {Minutes(-r.Remaining)}" : $"{Minutes(r.Remaining)} left";
                Console.WriteLine($"    {r.Metric.Name,-15} {r.Status,-8} due {Show(r.Deadline),-9} {Minutes(r.Elapsed)} used, {left}");
            }
        }

        // What a host would have been told since the morning: the moments to notify or escalate on.
        var since = today.At(new LocalTime(8, 0)).InZoneStrictly(Saigon).ToInstant();
        Console.WriteLine($"Transitions since {Show(since)} for #1044: " +
            string.Join(", ", policies.Transitions(tickets[3].Ticket, since, now).Select(n => $"{n.Metric.Name} {n.Kind} at {Show(n.At)}")));

        var compliance = report.Build();
        var first = compliance.Total(metric: "first_response");
        Console.WriteLine($"First response: {first.Met} met, {first.Breached} breached, {first.InProgress} running; met rate {first.MetRate.ToString("P0", CultureInfo.InvariantCulture)} of those judged.");
    }

    private static string Show(Instant? instant) => instant is { } i ? Local.Format(i.InZone(Saigon).LocalDateTime) : "-";

    private static string Minutes(Duration d) => $"{(long)d.TotalMinutes} min";
}
