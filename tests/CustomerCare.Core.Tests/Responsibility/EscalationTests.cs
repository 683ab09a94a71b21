// Escalation through the phone desk: SLA warnings and breaches at the engine's instants, authority, segments, repeat contacts.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using NodaTime;
using static CustomerCare.Core.Tests.Responsibility.PhoneDesk;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class EscalationTests
{
    private static readonly ResponsibilityModel Model = PhoneDesk.Model();

    private sealed class MinimumTiers : IMinimumTierSource
    {
        public bool TryGetMinimumTier(string segment, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? tier)
        {
            tier = segment switch { "vip" => "deputy head", "ghost" => "emperor", _ => null };
            return tier is not null;
        }
    }

    private sealed class Ceilings : ICompensationCeilings
    {
        public bool TryGetCeiling(CategoryPath requestKind, out Money ceiling)
        {
            ceiling = Eur(2000);
            return requestKind.IsSameOrDescendantOf(CategoryPath.Parse("returns"));
        }
    }

    private static Assignment Touch(ResponsibilityModel model) =>
        model.Resolve(new ResponsibilityIssue(model.CategoryKey("hardware/display/touch"), 2));

    [Fact]
    public void Sla_warnings_and_breaches_escalate_one_level_each_at_the_engines_instants_and_the_top_stays()
    {
        // First response 1 h (warning 15 min before): warning 09:45, breach 10:00. Resolution 4 h (warning at 75 %):
        // warning 12:00, breach 13:00. No reply, nothing resolved; traced until 14:00.
        var ticket = Ticket("hardware/display/touch", "S3");
        var trace = Model.Trace(ticket, Policies(), T(14));

        Assert.Equal("agent", trace.Initial.Tier!.Name);
        Assert.Equal(
            [
                (T(9, 45), "agent", "team leader", EscalationOutcome.Escalated, EscalationTriggerKind.SlaWarning),
                (T(10), "team leader", "deputy head", EscalationOutcome.Escalated, EscalationTriggerKind.SlaBreach),
                (T(12), "deputy head", "head", EscalationOutcome.Escalated, EscalationTriggerKind.SlaWarning),
                (T(13), "head", "head", EscalationOutcome.AtTop, EscalationTriggerKind.SlaBreach),
            ],
            trace.Steps.Select(s => (s.At, s.Step.From.Name, s.Step.To.Name, s.Step.Outcome, s.Step.Trigger.Kind)));
        Assert.Equal("SLA warning: first_response#0 reached its warning point at 2026-03-02T09:45:00Z; escalated one level to 'team leader'", trace.Steps[0].Step.Reason);
        Assert.EndsWith("'head' is the top tier, so it stays there", trace.Steps[3].Step.Reason, StringComparison.Ordinal);
        Assert.Equal("head", trace.Final.Tier!.Name);
        Assert.Equal(AssignmentStatus.Escalated, trace.Final.Status);

        // Per-tier clocks: the resolution clock (24/7) split at the escalation instants; the head's share runs to 14:00.
        Assert.Equal(
            [("agent", Duration.FromMinutes(45)), ("team leader", Duration.FromMinutes(15)), ("deputy head", Duration.FromHours(2)), ("head", Duration.FromHours(2))],
            trace.TierTimes.Select(t => (t.Tier.Name, t.SlaTime)));
    }

    [Fact]
    public void A_timely_reply_means_only_the_resolution_clock_escalates()
    {
        var ticket = Ticket("hardware/display/touch", "S3", null, TicketEvent.AgentPublicReply(T(9, 30)), TicketEvent.Resolved(T(12, 30)));
        var trace = Model.Trace(ticket, Policies(), T(14));
        var step = Assert.Single(trace.Steps);
        Assert.Equal((T(12), "team leader"), (step.At, step.Step.To.Name));
        Assert.Equal([("agent", Duration.FromHours(3)), ("team leader", Duration.FromMinutes(30))], trace.TierTimes.Select(t => (t.Tier.Name, t.SlaTime)));
    }

    [Fact]
    public void Sla_escalation_can_be_switched_off()
    {
        var model = Builder().EscalateOnSla(onWarning: false, onBreach: false).Build();
        var trace = model.Trace(Ticket("hardware/display/touch", "S3"), Policies(), T(14));
        Assert.Empty(trace.Steps);
        Assert.Equal([("agent", Duration.FromHours(5))], trace.TierTimes.Select(t => (t.Tier.Name, t.SlaTime)));
        var n = Policies().Transitions(Ticket("hardware/display/touch", "S3"), T(9), T(14))[0];
        var step = model.Escalate(Touch(model), EscalationTrigger.Sla(n));
        Assert.Equal((EscalationOutcome.NotNeeded, "SLA warnings do not escalate in this model"), (step.Outcome, step.Reason));
    }

    [Fact]
    public void A_large_refund_walks_up_until_a_tier_may_approve_it()
    {
        var model = Builder().HigherTiersApproveLower(false).UseCeilings(new Ceilings()).Build();
        var trigger = EscalationTrigger.Request(CategoryPath.Parse("returns/refund"), Eur(800));
        var first = model.Escalate(Touch(model), trigger);
        Assert.Equal((EscalationOutcome.Escalated, "team leader"), (first.Outcome, first.To.Name));
        Assert.Equal("800 EUR for returns/refund is above the authority of 'agent' (limit 50 EUR); escalated one level to 'team leader'", first.Reason);
        var second = model.Escalate(first.Next, trigger);
        Assert.Equal((EscalationOutcome.Escalated, "deputy head"), (second.Outcome, second.To.Name));
        var third = model.Escalate(second.Next, trigger);
        Assert.Equal((EscalationOutcome.NotNeeded, "'deputy head' may approve 800 EUR for returns/refund"), (third.Outcome, third.Reason));

        var tooMuch = model.Escalate(Touch(model), EscalationTrigger.Request(CategoryPath.Parse("returns/refund"), Eur(2500)));
        Assert.Equal((EscalationOutcome.Declined, "agent"), (tooMuch.Outcome, tooMuch.To.Name));
        Assert.Equal("2,500 EUR for returns/refund is above the business ceiling 2,000 EUR; decline it", tooMuch.Reason);
    }

    [Fact]
    public void Higher_tiers_approve_what_lower_roles_may_when_inheritance_is_on()
    {
        // The returns role (500 EUR) escalates to the team leader, so the team leader may approve 400 EUR of returns.
        var trigger = EscalationTrigger.Request(CategoryPath.Parse("returns/refund"), Eur(400));
        var first = Model.Escalate(Touch(Model), trigger);
        Assert.Equal("team leader", first.To.Name);
        Assert.Equal(EscalationOutcome.NotNeeded, Model.Escalate(first.Next, trigger).Outcome);
    }

    [Fact]
    public void The_threshold_semantics_decide_an_amount_exactly_at_the_limit()
    {
        var trigger = EscalationTrigger.Request(CategoryPath.Parse("compensation/voucher"), Eur(50));
        Assert.Equal(EscalationOutcome.NotNeeded, Model.Escalate(Touch(Model), trigger).Outcome);
        var strict = Builder().WithThreshold(AuthorityThreshold.BelowLimitOnly).Build();
        var step = strict.Escalate(Touch(strict), trigger);
        Assert.Equal((EscalationOutcome.Escalated, "team leader"), (step.Outcome, step.To.Name));
        Assert.StartsWith("50 EUR for compensation/voucher is at or above the authority of 'agent'", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_tier_above_may_approve_and_the_request_is_declined()
    {
        var step = Model.Escalate(Touch(Model), EscalationTrigger.Request(CategoryPath.Parse("goodwill/gift"), Eur(5)));
        Assert.Equal(EscalationOutcome.Declined, step.Outcome);
        Assert.Equal("no tier above 'agent' may approve 5 EUR for goodwill/gift; decline it or raise a limit", step.Reason);
    }

    [Fact]
    public void A_segments_minimum_tier_is_reached_one_level_at_a_time()
    {
        var model = Builder().UseMinimumTiers(new MinimumTiers()).Build();
        var trace = model.Trace(Ticket("hardware/display/touch", "S3", "vip"), Policies(), T(9, 30));
        Assert.Equal(
            [(T(9), "team leader"), (T(9), "deputy head")],
            trace.Steps.Select(s => (s.At, s.Step.To.Name)));
        Assert.Equal("segment 'vip' requires at least 'deputy head' (level 2); 'agent' is level 0; escalated one level to 'team leader'", trace.Steps[0].Step.Reason);
        Assert.Equal(EscalationOutcome.NotNeeded, model.Escalate(Touch(model), EscalationTrigger.CustomerSegment("regular")).Outcome);

        var ex = Assert.Throws<ArgumentException>(() => model.Escalate(Touch(model), EscalationTrigger.CustomerSegment("ghost")));
        Assert.Equal("trigger", ex.ParamName);
        Assert.StartsWith("segment 'ghost' requires the tier 'emperor', which this model does not define", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeat_contacts_and_a_raised_severity_escalate()
    {
        var ticket = Ticket("hardware/display/touch", "S3", null,
            TicketEvent.AgentPublicReply(T(9, 10)),
            TicketEvent.CustomerReply(T(9, 20)),
            TicketEvent.CustomerReply(T(9, 25)),
            TicketEvent.AttributeChanged(T(9, 40), "severity", "S1"));
        var trace = Model.Trace(ticket, Policies(), T(9, 50));
        Assert.Equal(
            [
                (T(9, 25), EscalationTriggerKind.RepeatContacts, "team leader"),
                (T(9, 40), EscalationTriggerKind.Severity, "deputy head"),
            ],
            trace.Steps.Select(s => (s.At, s.Step.Trigger.Kind, s.Step.To.Name)));
        Assert.Equal("3 customer contacts reach the repeat-contact threshold 3; escalated one level to 'team leader'", trace.Steps[0].Step.Reason);
    }

    [Fact]
    public void A_request_in_the_timeline_escalates_at_its_instant()
    {
        var ticket = Ticket("hardware/display/touch", "S3", null, TicketEvent.AttributeChanged(T(9, 5), "compensation", "compensation/voucher 150 EUR"));
        var step = Assert.Single(Model.Trace(ticket, Policies(), T(9, 30)).Steps);
        Assert.Equal((T(9, 5), "team leader"), (step.At, step.Step.To.Name));

        var bad = Ticket("hardware/display/touch", "S3", null, TicketEvent.AttributeChanged(T(9, 5), "compensation", "lots"));
        var ex = Assert.Throws<ArgumentException>(() => Model.Trace(bad, Policies(), T(9, 30)));
        Assert.Equal("ticket", ex.ParamName);
        Assert.StartsWith("ticket event 1 sets 'compensation' to 'lots'; write '<request kind> <amount> <currency>'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracing_needs_a_category_and_a_severity()
    {
        var noCategory = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T(9))]);
        var ex = Assert.Throws<ArgumentException>(() => Model.Trace(noCategory, Policies(), T(10)));
        Assert.Equal("ticket", ex.ParamName);
        Assert.StartsWith("ticket has no valid category attribute", ex.Message, StringComparison.Ordinal);

        var noSeverity = new TicketTimeline(new TicketAttributes("normal", category: "billing"), [TicketEvent.Opened(T(9))]);
        var sev = Assert.Throws<ArgumentException>(() => Model.Trace(noSeverity, Policies(), T(10)));
        Assert.StartsWith("ticket's 'severity' attribute is '', which is not on the scale", sev.Message, StringComparison.Ordinal);

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => Model.Trace(Ticket("billing", "S1"), Policies(), T(8)));
        Assert.Equal("until", early.ParamName);
    }

    [Fact]
    public void Escalating_needs_an_owner_of_this_model()
    {
        var ex = Assert.Throws<ArgumentException>(() => Model.Escalate(default, EscalationTrigger.RepeatContacts(5)));
        Assert.Equal("current", ex.ParamName);
        Assert.StartsWith("current has no tier", ex.Message, StringComparison.Ordinal);
        var other = PhoneDesk.Model();
        var foreign = Assert.Throws<ArgumentException>(() => Model.Escalate(Touch(other), EscalationTrigger.RepeatContacts(5)));
        Assert.Equal("current's tier 'agent' belongs to another ResponsibilityModel.", foreign.Message[..foreign.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Triggers_reject_bad_input()
    {
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationTrigger.SeverityChanged(default, -1)).ParamName);
        Assert.Equal("segment", Assert.Throws<ArgumentException>(() => EscalationTrigger.CustomerSegment(" ")).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationTrigger.RepeatContacts(0)).ParamName);
        Assert.Equal("requestKind", Assert.Throws<ArgumentException>(() => EscalationTrigger.Request(default, Eur(1))).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => EscalationTrigger.Request(CategoryPath.Parse("x"), default)).ParamName);
        var met = Policies().Transitions(Ticket("billing", "S1", null, TicketEvent.AgentPublicReply(T(9, 5))), T(9), T(10)).Single(n => n.Kind == SlaNotificationKind.Met);
        var ex = Assert.Throws<ArgumentException>(() => EscalationTrigger.Sla(met));
        Assert.Equal("notification", ex.ParamName);
        Assert.StartsWith("notification is a Met transition", ex.Message, StringComparison.Ordinal);
    }
}
