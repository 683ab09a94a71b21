// Chapter "Who is responsible": the desk's tickets routed through a responsibility matrix, escalating on SLA warnings.
using CustomerCare.Core;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk;

/// <summary>Four tiers and two roles, an ordered RACI matrix, and four of today's tickets traced against the SLA clock.</summary>
internal static class ResponsibilityChapter
{
    public static void Run(Instant now)
    {
        var eur = (decimal amount) => new Money(amount, "EUR");
        var model = new ResponsibilityModelBuilder()
            .AddTier("agent", "team leader", eur(50), "returns/**", "goodwill/**")
            .AddTier("team leader", "deputy head", eur(200), "returns/**", "goodwill/**")
            .AddTier("deputy head", "head", eur(1000), "returns/**", "goodwill/**")
            .AddTier("head", null, eur(5000), "returns/**", "goodwill/**")
            .AddRole("returns", "team leader", eur(500), "returns/**")
            .AddRole("problem management", "head")
            .AddParty("product team")
            .AddCategory("hardware/display/touch").AddCategory("hardware/battery/overheating").AddCategory("billing")
            .Assign(10, "hardware/**", "agent", "S3", "S4")
            .Assign(20, "hardware/**", "team leader", "S2")
            .Add(new AssignmentRule(30, CategoryPattern.Parse("hardware/battery/**"), ["S1"],
                [new RaciEntry("head", RaciRole.Accountable), new RaciEntry("problem management", RaciRole.Responsible), new RaciEntry("product team", RaciRole.Informed)]))
            .Assign(40, "hardware/**", "deputy head", "S1")
            .Assign(90, "**", "agent", "S3", "S4")
            .Assign(91, "**", "team leader", "S1", "S2")
            .EscalateOnSla(onWarning: true, onBreach: true)
            .Build();
        Console.WriteLine($"Matrix: {model.Rules.Count} rules over {model.CategoryTree.Count} categories × {model.Severities}; findings: {model.Findings.Count}.");

        // 24/7 targets, so the example does not depend on today's business hours.
        var sla = new SlaPolicySetBuilder()
            .Fallback(new SlaPolicyBuilder("Desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), "urgent", "high", "normal", "low")
                .Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromMinutes(10)))
                .Target(SlaMetric.Resolution, Duration.FromHours(4), "urgent", "high", "normal", "low")
                .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.75))
                .Build())
            .Build();
        var opened = now - Duration.FromHours(5);
        TicketTimeline Ticket(string category, string severity, params TicketEvent[] later) =>
            new(new TicketAttributes("normal", category: category, custom: new Dictionary<string, string> { ["severity"] = severity }),
                [TicketEvent.Opened(opened), .. later]);
        var tickets = new (string Name, TicketTimeline Ticket)[]
        {
            ("#2001 touch glitch, answered and fixed", Ticket("hardware/display/touch", "S3",
                TicketEvent.AgentPublicReply(opened + Duration.FromMinutes(12)), TicketEvent.Resolved(opened + Duration.FromHours(2)))),
            ("#2002 touch glitch, nobody answered", Ticket("hardware/display/touch", "S3")),
            ("#2003 phone overheating", Ticket("hardware/battery/overheating", "S1", TicketEvent.AgentPublicReply(opened + Duration.FromMinutes(5)))),
            ("#2004 refund of 400 EUR", Ticket("billing", "S4", TicketEvent.AgentPublicReply(opened + Duration.FromMinutes(8)),
                TicketEvent.AttributeChanged(opened + Duration.FromMinutes(20), ResponsibilityModel.CompensationAttribute, "returns/refund 400 EUR"),
                TicketEvent.Resolved(opened + Duration.FromHours(1)))),
        };

        foreach (var (name, ticket) in tickets)
        {
            var trace = model.Trace(ticket, sla, now);
            Console.WriteLine($"{name} → {trace.Initial.Tier!.Name} ({string.Join(", ", trace.Initial.Raci)})");
            foreach (var (at, step) in trace.Steps)
            {
                Console.WriteLine($"    +{(long)(at - opened).TotalMinutes} min {step.From.Name} → {step.To.Name}: {step.Reason}");
            }

            Console.WriteLine($"    SLA time per tier: {string.Join(", ", trace.TierTimes.Select(t => $"{t.Tier.Name} {(long)t.SlaTime.TotalMinutes} min"))}");
        }
    }
}
