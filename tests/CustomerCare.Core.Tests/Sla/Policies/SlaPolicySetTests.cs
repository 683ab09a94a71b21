// Hand-worked timelines in calendar time (24/7), one or more per SLA rule; the arithmetic is in the comments.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicySetTests
{
    // Monday 2025-01-27, times in UTC.
    private static readonly Instant Day = Instant.FromUtc(2025, 1, 27, 0, 0);

    private static Instant T(int hour, int minute = 0, int second = 0) =>
        Day + Duration.FromHours(hour) + Duration.FromMinutes(minute) + Duration.FromSeconds(second);

    private static SlaPolicySet Standard(Action<SlaPolicyBuilder>? configure = null)
    {
        var builder = new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1))
            .Target(SlaMetric.FirstResponse, "urgent", Duration.FromMinutes(15))
            .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
            .Target(SlaMetric.NextResponse, "normal", Duration.FromMinutes(30))
            .Target(SlaMetric.PeriodicUpdate, "normal", Duration.FromHours(2))
            .Target(SlaMetric.Resolution, "normal", Duration.FromHours(8))
            .PauseOn(SlaMetric.Resolution, "pending");
        configure?.Invoke(builder);
        return new SlaPolicySetBuilder().Fallback(builder.Build()).Build();
    }

    private static TicketTimeline Ticket(params TicketEvent[] events) => new(new TicketAttributes("normal"), events);

    private static SlaMetricResult One(SlaPolicySet set, TicketTimeline ticket, Instant now, SlaMetric metric, int instance = 0) =>
        set.Evaluate(ticket, now).For(metric)[instance];

    [Fact]
    public void First_response_stops_at_the_first_public_reply_not_at_internal_notes()
    {
        // Opened 09:00, target 1 h → deadline 10:00, warning at 75 % = 45 min → 09:45. Reply 09:50: 50 min used, met.
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.AgentInternalNote(T(9, 10)), TicketEvent.AgentPublicReply(T(9, 50)));

        var r = One(Standard(), ticket, T(12), SlaMetric.FirstResponse);

        Assert.Equal(SlaStatus.Met, r.Status);
        Assert.Equal(T(9, 50), r.Stop);
        Assert.Equal(T(10), r.Deadline);
        Assert.Equal(T(9, 45), r.WarningAt);
        Assert.Equal(Duration.FromMinutes(50), r.Elapsed);
        Assert.Equal(Duration.FromMinutes(10), r.Remaining);
    }

    [Theory]
    [InlineData(9, 40, 0, SlaStatus.Active)]
    [InlineData(9, 45, 0, SlaStatus.Warning)]
    [InlineData(10, 0, 0, SlaStatus.Warning)]  // up to and including the deadline (rule 9)
    [InlineData(10, 0, 1, SlaStatus.Breached)] // now > deadline (rule 5)
    public void A_running_first_response_moves_from_active_to_warning_to_breached(int hour, int minute, int second, SlaStatus expected)
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)));

        var r = One(Standard(), ticket, T(hour, minute, second), SlaMetric.FirstResponse);

        Assert.Equal(expected, r.Status);
        Assert.Equal(T(10), r.Deadline);
        Assert.Null(r.Stop);
    }

    [Fact]
    public void A_late_reply_is_breached_by_the_business_time_after_the_deadline()
    {
        // Deadline 10:00, reply 10:25 → breached by 25 min: remaining −25 min. Evaluated long after: still breached (rule 6).
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(10, 25)));

        var r = One(Standard(), ticket, T(23), SlaMetric.FirstResponse);

        Assert.Equal(SlaStatus.Breached, r.Status);
        Assert.Equal(Duration.FromMinutes(-25), r.Remaining);
    }

    [Fact]
    public void A_reply_exactly_at_the_deadline_is_met()
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(10)));
        Assert.Equal(SlaStatus.Met, One(Standard(), ticket, T(11), SlaMetric.FirstResponse).Status);
    }

    [Fact]
    public void Resolving_fulfils_first_response_by_default()
    {
        // No reply; resolved 09:40 ≤ 10:00 → met with 20 min left.
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 40)));

        var r = One(Standard(), ticket, T(11), SlaMetric.FirstResponse);

        Assert.Equal(SlaStatus.Met, r.Status);
        Assert.Equal(T(9, 40), r.Stop);
    }

    [Fact]
    public void When_resolution_does_not_fulfil_responses_the_clock_pauses_while_resolved()
    {
        // Zendesk rule: 40 min used before the resolve at 09:40; paused until the reopen at 12:00; deadline
        // 10:00 + 2 h 20 min = 12:20; reply at 12:30 → breached by 10 min (40 + 30 = 70 min of 60).
        var set = Standard(b => b.ResponsesOnResolve(ResponseResolveMode.Pause));
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 40)), TicketEvent.Reopened(T(12)), TicketEvent.AgentPublicReply(T(12, 30)));

        var paused = One(set, ticket, T(11), SlaMetric.FirstResponse);
        var final = One(set, ticket, T(13), SlaMetric.FirstResponse);

        Assert.Equal(SlaStatus.Paused, paused.Status);
        Assert.Null(paused.Deadline);
        Assert.Equal(Duration.FromMinutes(20), paused.Remaining);
        Assert.Equal(SlaStatus.Breached, final.Status);
        Assert.Equal(T(12, 20), final.Deadline);
        Assert.Equal(Duration.FromMinutes(-10), final.Remaining);
    }

    [Fact]
    public void A_ticket_closed_without_reply_leaves_first_response_not_applicable_under_the_zendesk_rule()
    {
        var set = Standard(b => b.ResponsesOnResolve(ResponseResolveMode.Pause));
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Closed(T(9, 30)));

        // It keeps what it used: 09:00 → 09:30 = 30 min, stopped by the close, without deadline.
        var r = One(set, ticket, T(11), SlaMetric.FirstResponse);
        Assert.Equal((SlaStatus.NotApplicable, Duration.FromMinutes(30), T(9, 30)), (r.Status, r.Elapsed, r.Stop!.Value));
        Assert.Null(r.Deadline);
    }

    [Fact]
    public void Next_response_opens_at_the_oldest_unanswered_message_after_the_first_reply()
    {
        // Customer messages before the first reply belong to first response. 09:20 opens instance 0 (09:25 opens
        // none); reply 10:00 → 40 min of 30, breached by 10 min. 10:10 opens instance 1, running at 10:30 (20 min).
        var ticket = Ticket(
            TicketEvent.Opened(T(9)), TicketEvent.CustomerReply(T(9, 5)), TicketEvent.AgentPublicReply(T(9, 10)),
            TicketEvent.CustomerReply(T(9, 20)), TicketEvent.CustomerReply(T(9, 25)), TicketEvent.AgentPublicReply(T(10)),
            TicketEvent.CustomerReply(T(10, 10)));

        var results = Standard().Evaluate(ticket, T(10, 30)).For(SlaMetric.NextResponse);

        Assert.Equal(2, results.Count);
        Assert.Equal((SlaStatus.Breached, T(9, 20), Duration.FromMinutes(-10)), (results[0].Status, results[0].Start!.Value, results[0].Remaining));
        Assert.Equal((SlaStatus.Active, T(10, 10), Duration.FromMinutes(20), T(10, 40)), (results[1].Status, results[1].Start!.Value, results[1].Elapsed, results[1].Deadline!.Value));
        Assert.Equal(1, results[1].Instance);
    }

    [Fact]
    public void Next_response_is_not_applicable_before_any_customer_wait()
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.CustomerReply(T(9, 5)));
        var r = Assert.Single(Standard().Evaluate(ticket, T(10)).For(SlaMetric.NextResponse));
        Assert.Equal(SlaStatus.NotApplicable, r.Status);
        Assert.Null(r.Start);
    }

    [Fact]
    public void Periodic_updates_run_between_public_replies_and_stop_at_resolution()
    {
        // 09:10→10:00 (50 min, met), 10:00→12:30 (2 h 30 of 2 h, breached), 12:30→13:00 resolved (met).
        var ticket = Ticket(
            TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.AgentPublicReply(T(10)),
            TicketEvent.AgentPublicReply(T(12, 30)), TicketEvent.Resolved(T(13)));

        var results = Standard().Evaluate(ticket, T(14)).For(SlaMetric.PeriodicUpdate);

        Assert.Equal([SlaStatus.Met, SlaStatus.Breached, SlaStatus.Met], results.Select(r => r.Status));
        Assert.Equal(Duration.FromMinutes(-30), results[1].Remaining);
        Assert.Equal(T(13), results[2].Stop);
    }

    [Fact]
    public void A_pending_status_pauses_resolution_and_moves_its_deadline()
    {
        // 09:00 + 8 h = 17:00, plus the 2 h pending (10:00–12:00) → 19:00. Resolved 15:00: 6 h − 2 h = 4 h used, met.
        var ticket = Ticket(
            TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.StatusChanged(T(10), "pending"),
            TicketEvent.StatusChanged(T(12), "open"), TicketEvent.Resolved(T(15)));

        var paused = One(Standard(), ticket, T(11), SlaMetric.Resolution);
        var met = One(Standard(), ticket, T(16), SlaMetric.Resolution);

        Assert.Equal(SlaStatus.Paused, paused.Status);
        Assert.Null(paused.Deadline);
        Assert.Equal(Duration.FromHours(1), paused.Elapsed);
        Assert.Equal(Duration.FromHours(7), paused.Remaining);
        Assert.Equal(SlaStatus.Met, met.Status);
        Assert.Equal(T(19), met.Deadline);
        Assert.Equal(Duration.FromHours(4), met.Elapsed);
    }

    [Fact]
    public void A_paused_clock_does_not_move()
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.StatusChanged(T(10), "pending"));
        var at11 = One(Standard(), ticket, T(11), SlaMetric.Resolution);
        var at20 = One(Standard(), ticket, T(20), SlaMetric.Resolution);
        Assert.Equal(at11.Elapsed, at20.Elapsed);
        Assert.Equal(SlaStatus.Paused, at20.Status);
    }

    [Fact]
    public void Reopen_continues_the_resolution_clock_by_default()
    {
        // 09:00–10:00 and 12:00–13:00: 2 h used; the resolved 2 h are excluded → deadline 17:00 + 2 h = 19:00; met.
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(10)), TicketEvent.Reopened(T(12)), TicketEvent.Resolved(T(13)));

        var r = Assert.Single(Standard().Evaluate(ticket, T(14)).For(SlaMetric.Resolution));

        Assert.Equal(SlaStatus.Met, r.Status);
        Assert.Equal(Duration.FromHours(2), r.Elapsed);
        Assert.Equal(T(19), r.Deadline);
        Assert.Equal(T(13), r.Stop);
    }

    [Fact]
    public void Reopen_starts_a_new_cycle_in_jsm_mode()
    {
        // Cycle 0: 09:00–10:00 met; cycle 1 from the reopen at 12:00, running at 14:00 with 2 h used, deadline 20:00.
        var set = Standard(b => b.Reopen(ReopenMode.NewCycle));
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(10)), TicketEvent.Reopened(T(12)));

        var results = set.Evaluate(ticket, T(14)).For(SlaMetric.Resolution);

        Assert.Equal(2, results.Count);
        Assert.Equal((SlaStatus.Met, Duration.FromHours(1)), (results[0].Status, results[0].Elapsed));
        Assert.Equal((SlaStatus.Active, T(12), T(20)), (results[1].Status, results[1].Start!.Value, results[1].Deadline!.Value));
    }

    [Fact]
    public void A_priority_raised_mid_ticket_applies_its_target_from_the_start()
    {
        // Normal (1 h) at 09:10: deadline 10:00. Raised to urgent (15 min) at 09:20: deadline 09:15, so the reply at
        // 09:30 is breached by 15 min (rule 8, Zendesk re-targeting).
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.PriorityChanged(T(9, 20), "urgent"), TicketEvent.AgentPublicReply(T(9, 30)));

        var before = Standard().Evaluate(ticket, T(9, 10));
        var after = Standard().Evaluate(ticket, T(10));

        Assert.Equal("normal", before.Priority);
        Assert.Equal(T(10), before.For(SlaMetric.FirstResponse)[0].Deadline);
        Assert.Equal("urgent", after.Priority);
        var r = after.For(SlaMetric.FirstResponse)[0];
        Assert.Equal((SlaStatus.Breached, T(9, 15), Duration.FromMinutes(-15)), (r.Status, r.Deadline!.Value, r.Remaining));
        Assert.Equal(SlaStatus.NotApplicable, after.For(SlaMetric.Resolution)[0].Status); // no urgent resolution target
    }

    [Fact]
    public void A_segment_change_reselects_the_policy_first_match_wins()
    {
        var vip = new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).Target(SlaMetric.FirstResponse, "normal", Duration.FromMinutes(10)).Build();
        var chat = new SlaPolicyBuilder("Chat").When(SlaCondition.Channel("chat") | SlaCondition.HasTag("live")).Target(SlaMetric.FirstResponse, "normal", Duration.FromMinutes(5)).Build();
        var set = new SlaPolicySetBuilder().Add(vip).Add(chat).Fallback(new SlaPolicyBuilder("Std").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1)).Build()).Build();
        var ticket = new TicketTimeline(new TicketAttributes("normal", channel: "chat"),
            [TicketEvent.Opened(T(9)), TicketEvent.SegmentChanged(T(9, 1), "vip")]);

        Assert.Equal("Chat", set.Evaluate(ticket, T(9, 0, 30)).Policy.Name);
        Assert.Equal("VIP", set.Evaluate(ticket, T(9, 2)).Policy.Name);
        Assert.Equal("vip", set.Evaluate(ticket, T(9, 2)).Segment);
        Assert.Equal("Std", set.Select(new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T(9))]), T(10)).Name);
    }

    [Fact]
    public void A_ticket_evaluated_before_it_was_opened_has_nothing_applicable()
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)));
        Assert.All(Standard().Evaluate(ticket, T(8)).Results, r => Assert.Equal(SlaStatus.NotApplicable, r.Status));
    }

    [Fact]
    public void Events_after_now_are_ignored()
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 30)));
        Assert.Equal(SlaStatus.Active, One(Standard(), ticket, T(9, 10), SlaMetric.FirstResponse).Status);
    }

    [Fact]
    public void A_custom_metric_runs_in_cycles_between_its_start_and_stop_events()
    {
        // Triage: from "new" status entered to "triaged"; 09:00→09:20 (met, 30 min target), 10:00→now 11:00 (breached).
        var triage = SlaMetric.Custom("triage", [SlaEventMatch.StatusEntered("new")], [SlaEventMatch.StatusEntered("triaged")]);
        var set = new SlaPolicySetBuilder().Fallback(new SlaPolicyBuilder("T").Target(triage, "normal", Duration.FromMinutes(30)).Build()).Build();
        var ticket = Ticket(
            TicketEvent.Opened(T(9)), TicketEvent.StatusChanged(T(9), "new"), TicketEvent.StatusChanged(T(9, 20), "triaged"),
            TicketEvent.StatusChanged(T(10), "new"));

        var results = set.Evaluate(ticket, T(11)).For(triage);

        Assert.Equal([SlaStatus.Met, SlaStatus.Breached], results.Select(r => r.Status));
        Assert.Equal(Duration.FromMinutes(-30), results[1].Remaining);
    }

    [Fact]
    public void A_priority_off_the_scale_is_rejected_at_evaluation()
    {
        var ticket = new TicketTimeline(new TicketAttributes("p7"), [TicketEvent.Opened(T(9))]);
        var ex = Assert.Throws<ArgumentException>(() => Standard().Evaluate(ticket, T(10)));
        Assert.Contains("priority 'p7' is not on the policy set's scale", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_small_destination_is_rejected_with_the_fix()
    {
        var ticket = Ticket(TicketEvent.Opened(T(9)));
        var ex = Assert.Throws<ArgumentException>(() => Standard().Evaluate(ticket, T(10), new SlaMetricResult[1], out _));
        Assert.Contains("MaxResults", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_span_path_allocates_nothing()
    {
        var set = Standard();
        var ticket = Ticket(
            TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.CustomerReply(T(9, 20)),
            TicketEvent.StatusChanged(T(9, 30), "pending"), TicketEvent.StatusChanged(T(10), "open"), TicketEvent.AgentPublicReply(T(10, 5)),
            TicketEvent.Resolved(T(11)));
        var buffer = new SlaMetricResult[set.MaxResults(ticket)];
        var now = T(12);

        AllocationAssert.NoAllocations(() => set.Evaluate(ticket, now, buffer, out _));
    }
}
