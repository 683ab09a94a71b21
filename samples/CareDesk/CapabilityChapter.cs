// Chapter "Capability limits": what the Ho Chi Minh City retail desk will and will not do, a few requests decided, and the consistency check.
using CustomerCare.Core;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Staffing;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk;

/// <summary>The desk's capability envelope: scope, channels on their calendars, ceilings, goodwill, capacity; then requests and the check.</summary>
internal static class CapabilityChapter
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    public static void Run(Instant now)
    {
        var envelope = new CapabilityEnvelopeBuilder(Saigon, "VND")
            .AddCalendar("desk", CalendarsChapter.Desk)
            .AddCalendar("hotline", BusinessCalendar.AlwaysOpen(Saigon))
            .Capacity(6, LoadCounting.SlaClockRunning)
            .AddChannel("phone", "hotline", 6)
            .AddChannel("chat", "desk", 2)
            .AddChannel("email", "desk", 1)
            .Scope("orders/**", RequestScope.InScope)
            .Scope("returns/**", RequestScope.InScope)
            .Scope("returns/warranty-exception", RequestScope.NeedsApproval)
            .Scope("repairs/**", RequestScope.OutOfScope)
            .Ceiling("returns/**", Vnd(2_000_000), approvalAbove: Vnd(500_000))
            .Ceiling("orders/late-delivery", Vnd(200_000))
            .GoodwillBudget(Vnd(20_000_000), BudgetPeriod.Month)
            .FastestFirstResponse("chat", Duration.FromMinutes(2))
            .FastestFirstResponse("email", Duration.FromHours(1))
            .FastestFirstResponse("phone", Duration.FromSeconds(30))
            .Build();
        Console.WriteLine(envelope);

        var ledger = envelope.OpenLedger(now);
        var requests = new[]
        {
            new CareRequest(CategoryPath.Parse("orders/late-delivery"), "chat", now, Vnd(150_000)),
            new CareRequest(CategoryPath.Parse("returns/refund"), "email", now, Vnd(1_200_000)),
            new CareRequest(CategoryPath.Parse("returns/refund"), "phone", now, Vnd(3_500_000)),
            new CareRequest(CategoryPath.Parse("returns/warranty-exception"), "phone", now),
            new CareRequest(CategoryPath.Parse("repairs/screen"), "chat", now),
            // Sunday afternoon: the chat desk is closed.
            new CareRequest(CategoryPath.Parse("orders/wrong-item"), "chat", now.Plus(Duration.FromDays(6))),
        };
        var reference = 1;
        foreach (var request in requests)
        {
            var decision = envelope.Decide(in request, ledger);
            Console.WriteLine($"  {request.Kind} via {request.Channel}{(request.AsksCompensation ? $", asking {request.Compensation}" : string.Empty)} → {decision}");
            if (decision.IsAllowed && request.AsksCompensation && ledger.TryGrant($"T-{reference++}", request.Compensation, request.At, out var next))
            {
                ledger = next;
            }
        }

        Console.WriteLine($"  {ledger}");

        // The consistency check: the SLA chapter's 5-minute chat promise and a 24/7 e-mail target against the envelope,
        // this morning's phone forecast against the agents rostered, and the goals chapter's goals and funnel.
        var policies = new SlaPolicySetBuilder()
            .AddCalendar("desk", CalendarsChapter.Desk)
            .Add(new SlaPolicyBuilder("Chat").When(SlaCondition.Channel("chat")).OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(1), "urgent").Target(SlaMetric.FirstResponse, Duration.FromMinutes(5), "high", "normal", "low").Build())
            .Fallback(new SlaPolicyBuilder("Standard").Target(SlaMetric.FirstResponse, Duration.FromHours(24), "urgent", "high", "normal", "low").Build())
            .Build();
        var week = new Interval(now, now.Plus(Duration.FromDays(7)));
        var forecast = new StaffingForecast("phone", Workload.FromArrivals(180, Duration.FromHours(1), Duration.FromMinutes(4)),
            StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20)), agentsAvailable: 12, label: "09:00-10:00");
        var findings = CapabilityCheck.Evaluate(envelope, week, policies, [forecast], GoalsChapter.Goals, [GoalsChapter.Funnel]);
        Console.WriteLine($"Consistency check over the coming week: {findings.Count} findings.");
        foreach (var finding in findings)
        {
            Console.WriteLine($"  {finding}");
        }
    }

    private static Money Vnd(decimal amount) => new(amount, "VND");
}
