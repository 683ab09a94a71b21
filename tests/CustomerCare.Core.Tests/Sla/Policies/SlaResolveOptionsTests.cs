// Hand-worked timelines for the resolve option of responses, the reopen by a customer message, statuses on events and paused time.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaResolveOptionsTests
{
    // Monday 2025-01-27, times in UTC, calendar time (24/7).
    private static readonly Instant Day = Instant.FromUtc(2025, 1, 27, 0, 0);

    private static Instant T(int hour, int minute = 0) => Day + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    private static SlaPolicySet Standard(Action<SlaPolicyBuilder>? configure = null)
    {
        var builder = new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1))
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

    private static readonly TicketTimeline ResolvedBeforeReply = Ticket(
        TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 40)), TicketEvent.Reopened(T(12)), TicketEvent.AgentPublicReply(T(12, 30)));

    [Fact]
    public void The_default_is_fulfil_reopen_on_a_customer_message()
    {
        var policy = Standard().Fallback;
        Assert.Equal((ResponseResolveMode.Fulfil, ResolvedReplyMode.Reopen), (policy.ResponsesOnResolve, policy.CustomerReplyWhenResolved));
    }

    [Fact]
    public void Fulfil_the_resolve_before_the_deadline_meets_first_response()
    {
        // Target 1 h from 09:00 → deadline 10:00; resolved 09:40: met, 40 min used, nothing paused.
        var r = One(Standard(), ResolvedBeforeReply, T(13), SlaMetric.FirstResponse);

        Assert.Equal((SlaStatus.Met, T(9, 40), T(10), Duration.FromMinutes(40), Duration.Zero), (r.Status, r.Stop!.Value, r.Deadline!.Value, r.Elapsed, r.Paused));
    }

    [Fact]
    public void Pause_the_first_response_waits_while_resolved_and_reports_the_paused_time()
    {
        // 40 min used until 09:40; resolved (paused) 09:40 → 12:00 = 2 h 20 min; deadline 10:00 + 2 h 20 = 12:20;
        // reply 12:30: 40 + 30 = 70 min used, breached. At 11:00 it is paused: 20 min left, 1 h 20 min paused so far.
        var set = Standard(b => b.ResponsesOnResolve(ResponseResolveMode.Pause));

        var during = One(set, ResolvedBeforeReply, T(11), SlaMetric.FirstResponse);
        var after = One(set, ResolvedBeforeReply, T(13), SlaMetric.FirstResponse);

        Assert.Equal((SlaStatus.Paused, Duration.FromMinutes(20), Duration.FromMinutes(80)), (during.Status, during.Remaining, during.Paused));
        Assert.Null(during.Deadline);
        Assert.Equal((SlaStatus.Breached, T(12, 20), Duration.FromMinutes(70), Duration.FromMinutes(140)), (after.Status, after.Deadline!.Value, after.Elapsed, after.Paused));
    }

    [Fact]
    public void Run_on_the_first_response_counts_the_resolved_time()
    {
        // Zendesk's reports: 09:00 → 12:30 = 3 h 30 min, resolved time included; deadline stays 10:00; breached by 2 h 30.
        // At 11:00 it is already breached (11:00 > 10:00), 2 h used, nothing paused.
        var set = Standard(b => b.ResponsesOnResolve(ResponseResolveMode.RunOn));

        var during = One(set, ResolvedBeforeReply, T(11), SlaMetric.FirstResponse);
        var after = One(set, ResolvedBeforeReply, T(13), SlaMetric.FirstResponse);

        Assert.Equal((SlaStatus.Breached, Duration.FromHours(2), Duration.Zero), (during.Status, during.Elapsed, during.Paused));
        Assert.Equal((SlaStatus.Breached, T(12, 30), T(10), Duration.FromMinutes(210), Duration.FromMinutes(-150), Duration.Zero),
            (after.Status, after.Stop!.Value, after.Deadline!.Value, after.Elapsed, after.Remaining, after.Paused));
    }

    [Theory]
    [InlineData(ResponseResolveMode.Pause, 30, 30)]
    [InlineData(ResponseResolveMode.RunOn, 60, 0)]
    public void A_close_without_reply_leaves_first_response_without_verdict(ResponseResolveMode mode, int elapsedMinutes, int pausedMinutes)
    {
        // Opened 09:00, resolved 09:30, closed 10:00: pause counts 30 min and pauses 30; run on counts the whole hour.
        var set = Standard(b => b.ResponsesOnResolve(mode));
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 30)), TicketEvent.Closed(T(10)));

        var r = One(set, ticket, T(11), SlaMetric.FirstResponse);

        Assert.Equal((SlaStatus.NotApplicable, T(10), Duration.FromMinutes(elapsedMinutes), Duration.FromMinutes(pausedMinutes)), (r.Status, r.Stop!.Value, r.Elapsed, r.Paused));
        Assert.Null(r.Deadline);
    }

    [Theory]
    [InlineData(ResponseResolveMode.Fulfil, SlaStatus.Met, 9, 30, 10, 0)]
    [InlineData(ResponseResolveMode.Pause, SlaStatus.Met, 10, 5, 15, 30)]
    [InlineData(ResponseResolveMode.RunOn, SlaStatus.Breached, 10, 5, 45, 0)]
    public void The_same_option_governs_an_open_next_response(ResponseResolveMode mode, SlaStatus status, int stopHour, int stopMinute, int elapsedMinutes, int pausedMinutes)
    {
        // Reply 09:10, customer 09:20 opens the wait (target 30 min → 09:50), resolved 09:30, reopened 10:00, reply 10:05.
        // Fulfil: stopped by the resolve at 09:30, 10 min. Pause: 10 + 5 = 15 min, 30 min paused, deadline 10:20, met.
        // Run on: 09:20 → 10:05 = 45 min, breached.
        var set = Standard(b => b.ResponsesOnResolve(mode));
        var ticket = Ticket(
            TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.CustomerReply(T(9, 20)),
            TicketEvent.Resolved(T(9, 30)), TicketEvent.Reopened(T(10)), TicketEvent.AgentPublicReply(T(10, 5)));

        var all = set.Evaluate(ticket, T(11)).For(SlaMetric.NextResponse);

        var r = Assert.Single(all);
        Assert.Equal((status, T(stopHour, stopMinute), Duration.FromMinutes(elapsedMinutes), Duration.FromMinutes(pausedMinutes)), (r.Status, r.Stop!.Value, r.Elapsed, r.Paused));
    }

    private static readonly TicketEvent[] ReopenedByMessage =
    [
        TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.Resolved(T(10)),
        TicketEvent.CustomerReply(T(11)), TicketEvent.AgentPublicReply(T(11, 30)),
    ];

    [Fact]
    public void A_customer_message_reopens_a_resolved_ticket_at_its_instant()
    {
        // Resolution (continue): 09:00 → 10:00 and 11:00 → 12:00 = 2 h used, 1 h resolved (paused); deadline
        // 09:00 + 8 h + 1 h = 18:00, running. The message opens next response 11:00 → 11:30 (30 min of 30: met).
        // Updates: 09:10 → 10:00 (met), and the reply at 11:30 starts a new gap, 30 min old at 12:00.
        var set = Standard();
        var evaluation = set.Evaluate(Ticket(ReopenedByMessage), T(12));

        var resolution = evaluation.For(SlaMetric.Resolution)[0];
        Assert.Equal((SlaStatus.Active, T(18), Duration.FromHours(2), Duration.FromHours(1)), (resolution.Status, resolution.Deadline!.Value, resolution.Elapsed, resolution.Paused));
        Assert.Null(resolution.Stop);
        var next = Assert.Single(evaluation.For(SlaMetric.NextResponse));
        Assert.Equal((SlaStatus.Met, T(11), T(11, 30), Duration.FromMinutes(30)), (next.Status, next.Start!.Value, next.Stop!.Value, next.Elapsed));
        var updates = evaluation.For(SlaMetric.PeriodicUpdate);
        Assert.Equal([SlaStatus.Met, SlaStatus.Active], updates.Select(u => u.Status));
        Assert.Equal(T(11, 30), updates[1].Start);

        // Exactly what an explicit Reopened just before the message gives.
        var explicitReopen = set.Evaluate(Ticket([.. ReopenedByMessage[..3], TicketEvent.Reopened(T(11)), .. ReopenedByMessage[3..]]), T(12));
        Assert.Equal(explicitReopen.Results, evaluation.Results);
    }

    [Fact]
    public void A_customer_message_starts_a_new_cycle_under_new_cycle_reopen()
    {
        var set = Standard(b => b.Reopen(ReopenMode.NewCycle));

        var cycles = set.Evaluate(Ticket(ReopenedByMessage), T(12)).For(SlaMetric.Resolution);

        Assert.Equal([(SlaStatus.Met, T(9)), (SlaStatus.Active, T(11))], cycles.Select(c => (c.Status, c.Start!.Value)));
        Assert.Equal(Duration.FromHours(1), cycles[1].Elapsed);
    }

    [Fact]
    public void A_rejecting_policy_refuses_a_customer_message_on_a_resolved_ticket_when_it_counts()
    {
        var set = Standard(b => b.CustomerReplyWhenResolved(ResolvedReplyMode.Reject));
        var ticket = Ticket(ReopenedByMessage);

        var ex = Assert.Throws<ArgumentException>("ticket", () => set.Evaluate(ticket, T(12)));
        Assert.Equal(
            "events[3] (CustomerReply at 2025-01-27T11:00:00Z) is impossible under policy 'Standard': the ticket is resolved by events[2] and the policy rejects customer messages on a resolved ticket (ResolvedReplyMode.Reject); add the Reopened event the help desk made on this message first, or use ResolvedReplyMode.Reopen. (Parameter 'ticket')",
            ex.Message);

        // Before the message, nothing is wrong yet; the incremental clock accepts it and refuses it when evaluating.
        Assert.Equal(SlaStatus.Met, set.Evaluate(ticket, T(10, 30)).For(SlaMetric.Resolution)[0].Status);
        var clock = new SlaClock(set, ticket.Attributes);
        foreach (var e in ReopenedByMessage)
        {
            clock.Append(e);
        }

        Assert.Throws<ArgumentException>("ticket", () => clock.Evaluate(T(12)));
        Assert.Throws<ArgumentException>("ticket", () => clock.Transitions(T(10), T(12)));
    }

    [Fact]
    public void Opened_and_reopened_events_may_set_the_status_that_pauses()
    {
        // Opened as pending 09:00, open 10:00: resolution used 10:00 → 11:00 = 1 h and paused 1 h, the same as a
        // separate status event at the opening instant.
        var set = Standard();
        var riding = set.Evaluate(Ticket(TicketEvent.Opened(T(9), "pending"), TicketEvent.StatusChanged(T(10), "open")), T(11));
        var separate = set.Evaluate(Ticket(TicketEvent.Opened(T(9)), TicketEvent.StatusChanged(T(9), "pending"), TicketEvent.StatusChanged(T(10), "open")), T(11));
        var r = riding.For(SlaMetric.Resolution)[0];
        Assert.Equal((Duration.FromHours(1), Duration.FromHours(1), T(18)), (r.Elapsed, r.Paused, r.Deadline!.Value));
        Assert.Equal(separate.For(SlaMetric.Resolution)[0], r);

        // Resolved 10:00, reopened as pending 11:00, open 12:00; at 13:00: used 09:00 → 10:00 and 12:00 → 13:00 = 2 h,
        // paused 10:00 → 12:00 (resolved, then pending) = 2 h… plus nothing else: deadline 09:00 + 8 h + 2 h = 19:00.
        var reopened = One(set, Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(10)), TicketEvent.Reopened(T(11), "pending"), TicketEvent.StatusChanged(T(12), "open")), T(13), SlaMetric.Resolution);
        Assert.Equal((SlaStatus.Active, Duration.FromHours(2), Duration.FromHours(2), T(19)), (reopened.Status, reopened.Elapsed, reopened.Paused, reopened.Deadline!.Value));
    }

    [Fact]
    public void A_resolved_event_may_set_the_status_that_pauses_a_running_response()
    {
        // Run on, first response paused on "solved": opened 09:00, resolved as solved 09:30, reopened (open) 10:00,
        // reply 10:15: 30 + 15 = 45 min used, 30 min paused; deadline 09:00 + 1 h + 30 min = 10:30: met.
        var set = Standard(b => b.ResponsesOnResolve(ResponseResolveMode.RunOn).PauseOn(SlaMetric.FirstResponse, "solved"));
        var ticket = Ticket(TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 30), "solved"), TicketEvent.Reopened(T(10)), TicketEvent.AgentPublicReply(T(10, 15)));

        var r = One(set, ticket, T(11), SlaMetric.FirstResponse);

        Assert.Equal((SlaStatus.Met, T(10, 30), Duration.FromMinutes(45), Duration.FromMinutes(30)), (r.Status, r.Deadline!.Value, r.Elapsed, r.Paused));
    }

    [Fact]
    public void A_status_match_also_matches_the_events_that_state_that_status()
    {
        var pending = SlaEventMatch.StatusEntered("pending");

        Assert.True(pending.Matches(TicketEvent.Opened(T(9), "Pending")));
        Assert.True(pending.Matches(TicketEvent.Resolved(T(9), "pending")));
        Assert.True(pending.Matches(TicketEvent.Reopened(T(9), "pending")));
        Assert.False(pending.Matches(TicketEvent.Reopened(T(9))));
        Assert.False(pending.Matches(TicketEvent.PriorityChanged(T(9), "pending")));
        Assert.False(SlaEventMatch.Of(TicketEventKind.StatusChanged).Matches(TicketEvent.Opened(T(9), "pending")));
    }

    [Fact]
    public void The_result_text_shows_the_paused_time_when_there_is_some()
    {
        var set = Standard(b => b.ResponsesOnResolve(ResponseResolveMode.Pause));

        var text = One(set, ResolvedBeforeReply, T(13), SlaMetric.FirstResponse).ToString();

        Assert.EndsWith("elapsed 1:10:00 of 1:00:00 paused 2:20:00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("paused", One(Standard(), ResolvedBeforeReply, T(13), SlaMetric.FirstResponse).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_options_are_rejected()
    {
        var builder = new SlaPolicyBuilder("p");

        var resolve = Assert.Throws<ArgumentOutOfRangeException>("mode", () => builder.ResponsesOnResolve((ResponseResolveMode)7));
        var reply = Assert.Throws<ArgumentOutOfRangeException>("mode", () => builder.CustomerReplyWhenResolved((ResolvedReplyMode)(-1)));

        Assert.StartsWith("mode must be Fulfil, Pause or RunOn; it was 7.", resolve.Message, StringComparison.Ordinal);
        Assert.StartsWith("mode must be Reopen or Reject; it was -1.", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_example_of_the_resolve_options_prints_what_its_comment_says()
    {
        // The example proposed for the README: pause; the customer's message at 12:00 reopens the ticket.
        var t0 = Instant.FromUtc(2025, 1, 27, 9, 0);
        SlaPolicySet With(ResponseResolveMode mode) => new SlaPolicySetBuilder()
            .Fallback(new SlaPolicyBuilder("Standard").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1)).ResponsesOnResolve(mode).Build())
            .Build();
        var ticket = new TicketTimeline(new TicketAttributes("normal"),
        [
            TicketEvent.Opened(t0),
            TicketEvent.Resolved(t0 + Duration.FromMinutes(40)),
            TicketEvent.CustomerReply(t0 + Duration.FromHours(3)),
            TicketEvent.AgentPublicReply(t0 + Duration.FromMinutes(210)),
        ]);
        SlaMetricResult First(ResponseResolveMode mode) => With(mode).Evaluate(ticket, t0 + Duration.FromHours(4)).For(SlaMetric.FirstResponse)[0];

        Assert.Equal(
            "first_response#0 Breached start 2025-01-27T09:00:00Z stop 2025-01-27T12:30:00Z deadline 2025-01-27T12:20:00Z warning - elapsed 1:10:00 of 1:00:00 paused 2:20:00",
            First(ResponseResolveMode.Pause).ToString());
        Assert.Equal((Duration.FromMinutes(210), T(10)), (First(ResponseResolveMode.RunOn).Elapsed, First(ResponseResolveMode.RunOn).Deadline!.Value));
        Assert.Equal((SlaStatus.Met, T(9, 40), Duration.FromMinutes(40)), (First(ResponseResolveMode.Fulfil).Status, First(ResponseResolveMode.Fulfil).Stop!.Value, First(ResponseResolveMode.Fulfil).Elapsed));
    }
}
