// SLA evaluator edges worked by hand: resolve/close bookkeeping, implicit reopens, zero warning budgets, short buffers, long tickets and horizon ends.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Evaluation;

public sealed class SlaEvaluatorEdgeTests
{
    private static readonly Instant Day = Instant.FromUtc(2025, 1, 27, 0, 0);

    private static readonly Duration Hour = Duration.FromHours(1);

    private static Instant T(int hour, int minute = 0) => Day + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    private static SlaPolicySet Set(Func<SlaPolicyBuilder, SlaPolicyBuilder> configure, params (string Name, BusinessCalendar Calendar)[] calendars)
    {
        var builder = new SlaPolicySetBuilder();
        foreach (var (name, calendar) in calendars)
        {
            builder.AddCalendar(name, calendar);
        }

        return builder.Fallback(configure(new SlaPolicyBuilder("P")).Build()).Build();
    }

    private static SlaEvaluation Evaluate(SlaPolicySet set, Instant now, params TicketEvent[] events) =>
        set.Evaluate(new TicketTimeline(new TicketAttributes("normal"), events), now);

    private static (int, SlaStatus, Instant?, Instant?, Duration)[] Rows(SlaEvaluation evaluation, SlaMetric metric) =>
        [.. evaluation.For(metric).Select(r => (r.Instance, r.Status, r.Start, r.Stop, r.Elapsed))];

    private static Duration Minutes(int minutes) => Duration.FromMinutes(minutes);

    [Fact]
    public void A_destination_too_short_for_a_second_instance_is_refused_by_name()
    {
        var set = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour).Target(SlaMetric.Resolution, "normal", Hour));
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T(9))]);

        var ex = Assert.Throws<ArgumentException>(() => set.Evaluate(ticket, T(9, 30), new SlaMetricResult[1], out _));

        Assert.Equal("destination", ex.ParamName);
        Assert.Equal("destination holds 1 results but this ticket needs more; size it with SlaPolicySet.MaxResults. (Parameter 'destination')", ex.Message);
    }

    [Fact]
    public void A_ticket_with_more_events_than_the_stack_tables_hold_is_evaluated_alike()
    {
        var set = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour));
        var events = new List<TicketEvent> { TicketEvent.Opened(T(9)) };
        events.AddRange(Enumerable.Range(1, 40).Select(i => TicketEvent.AgentInternalNote(T(9) + Duration.FromSeconds(i))));
        events.Add(TicketEvent.AgentPublicReply(T(9, 20)));

        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 20), Minutes(20))], Rows(Evaluate(set, T(10), [.. events]), SlaMetric.FirstResponse));
    }

    [Fact]
    public void Next_responses_that_a_resolve_fulfils_are_numbered_in_order()
    {
        var set = Set(p => p.Target(SlaMetric.NextResponse, "normal", Hour));

        var evaluation = Evaluate(set, T(10), TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 5)), TicketEvent.CustomerReply(T(9, 10)),
            TicketEvent.Resolved(T(9, 20)), TicketEvent.CustomerReply(T(9, 30)), TicketEvent.AgentPublicReply(T(9, 40)));

        Assert.Equal([(0, SlaStatus.Met, T(9, 10), T(9, 20), Minutes(10)), (1, SlaStatus.Met, T(9, 30), T(9, 40), Minutes(10))], Rows(evaluation, SlaMetric.NextResponse));
    }

    [Fact]
    public void A_next_response_closed_while_waiting_under_pause_keeps_its_business_and_paused_time()
    {
        var set = Set(p => p.Target(SlaMetric.NextResponse, "normal", Hour).ResponsesOnResolve(ResponseResolveMode.Pause));

        var r = Assert.Single(Evaluate(set, T(10), TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 5)), TicketEvent.CustomerReply(T(9, 10)),
            TicketEvent.Resolved(T(9, 20)), TicketEvent.Closed(T(9, 50))).Results);

        // Waiting from 09:10: 10 min until the resolve, then 30 min resolved (paused) until the close.
        Assert.Equal((SlaStatus.NotApplicable, T(9, 10), T(9, 50), Minutes(10), Minutes(30), (Instant?)null), (r.Status, r.Start!.Value, r.Stop!.Value, r.Elapsed, r.Paused, r.Deadline));
    }

    [Fact]
    public void Periodic_updates_start_again_after_a_reopen_but_not_after_a_note_on_the_resolved_ticket()
    {
        var set = Set(p => p.Target(SlaMetric.PeriodicUpdate, "normal", Hour));
        TicketEvent[] start = [TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.Resolved(T(9, 20))];
        var first = (0, SlaStatus.Met, (Instant?)T(9, 10), (Instant?)T(9, 20), Minutes(10));

        var reopened = Evaluate(set, T(10), [.. start, TicketEvent.Reopened(T(9, 30)), TicketEvent.AgentPublicReply(T(9, 40))]);
        var noted = Evaluate(set, T(10), [.. start, TicketEvent.AgentInternalNote(T(9, 30)), TicketEvent.AgentPublicReply(T(9, 40))]);

        Assert.Equal([first, (1, SlaStatus.Active, T(9, 40), null, Minutes(20))], Rows(reopened, SlaMetric.PeriodicUpdate));
        Assert.Equal([first], Rows(noted, SlaMetric.PeriodicUpdate));
    }

    [Fact]
    public void A_resolve_without_a_status_keeps_the_pause_status_for_a_response_that_runs_on()
    {
        var set = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour).PauseOn(SlaMetric.FirstResponse, "pending").ResponsesOnResolve(ResponseResolveMode.RunOn));

        var r = Evaluate(set, T(10), TicketEvent.Opened(T(9)), TicketEvent.StatusChanged(T(9, 10), "pending"), TicketEvent.Resolved(T(9, 20))).Results[0];

        Assert.Equal((SlaStatus.Paused, Minutes(10), (Instant?)null), (r.Status, r.Elapsed, r.Deadline));
    }

    private static readonly SlaPolicySet Fulfilling = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour).Target(SlaMetric.Resolution, "normal", Hour));

    [Fact]
    public void The_first_resolve_stops_the_first_response_and_the_last_one_the_continuing_resolution()
    {
        var evaluation = Evaluate(Fulfilling, T(10), TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 10)), TicketEvent.Reopened(T(9, 20)), TicketEvent.Resolved(T(9, 30)));

        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 10), Minutes(10))], Rows(evaluation, SlaMetric.FirstResponse));
        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 30), Minutes(20))], Rows(evaluation, SlaMetric.Resolution));
    }

    [Fact]
    public void A_close_after_a_resolve_stops_nothing_and_a_close_alone_stops_both()
    {
        var resolved = Evaluate(Fulfilling, T(10), TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 10)), TicketEvent.Closed(T(9, 30)));
        var closed = Evaluate(Fulfilling, T(10), TicketEvent.Opened(T(9)), TicketEvent.Closed(T(9, 30)));

        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 10), Minutes(10))], Rows(resolved, SlaMetric.FirstResponse));
        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 10), Minutes(10))], Rows(resolved, SlaMetric.Resolution));
        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 30), Minutes(30))], Rows(closed, SlaMetric.FirstResponse));
        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 30), Minutes(30))], Rows(closed, SlaMetric.Resolution));
    }

    [Fact]
    public void A_reopen_without_a_status_returns_to_open_which_may_be_a_pause_status()
    {
        var set = Set(p => p.Target(SlaMetric.Resolution, "normal", Hour).PauseOn(SlaMetric.Resolution, "open").Reopen(ReopenMode.NewCycle));

        var evaluation = Evaluate(set, T(10), TicketEvent.Opened(T(9)), TicketEvent.StatusChanged(T(9, 10), "working"), TicketEvent.Resolved(T(9, 20)), TicketEvent.Reopened(T(9, 30)));

        Assert.Equal([(0, SlaStatus.Met, T(9), T(9, 20), Minutes(10)), (1, SlaStatus.Paused, T(9, 30), null, Duration.Zero)], Rows(evaluation, SlaMetric.Resolution));
    }

    private static readonly SlaMetric ReopenWait = SlaMetric.Custom("reopen_wait", [SlaEventMatch.Of(TicketEventKind.Reopened)], [SlaEventMatch.Of(TicketEventKind.AgentPublicReply)]);

    [Fact]
    public void Only_a_customer_message_on_the_resolved_ticket_reopens_it_for_custom_metrics()
    {
        var set = Set(p => p.Target(ReopenWait, "normal", Hour));
        var expected = (0, SlaStatus.Met, (Instant?)T(9, 20), (Instant?)T(9, 30), Minutes(10));

        var simple = Evaluate(set, T(10), TicketEvent.Opened(T(9)), TicketEvent.Resolved(T(9, 10)), TicketEvent.CustomerReply(T(9, 20)), TicketEvent.AgentPublicReply(T(9, 30)));
        var busy = Evaluate(set, T(10), TicketEvent.Opened(T(9)), TicketEvent.CustomerReply(T(9, 5)), TicketEvent.Resolved(T(9, 10)), TicketEvent.AgentInternalNote(T(9, 15)),
            TicketEvent.CustomerReply(T(9, 20)), TicketEvent.AgentPublicReply(T(9, 30)));

        Assert.Equal([expected], Rows(simple, ReopenWait));
        Assert.Equal([expected], Rows(busy, ReopenWait));
    }

    [Fact]
    public void A_zero_warning_budget_warns_at_the_first_unpaused_moment_after_the_start()
    {
        // Warning 2 h before a 1 h target: a budget of zero. The reply is owed from 09:10; pending 09:10–09:30.
        var set = Set(p => p.Target(SlaMetric.NextResponse, "normal", Hour).PauseOn(SlaMetric.NextResponse, "pending").Warn(SlaMetric.NextResponse, SlaWarning.Before(Duration.FromHours(2))));

        var r = Evaluate(set, T(9, 50), TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 5)), TicketEvent.CustomerReply(T(9, 10)),
            TicketEvent.StatusChanged(T(9, 10), "pending"), TicketEvent.StatusChanged(T(9, 30), "open")).Results[0];

        Assert.Equal((SlaStatus.Warning, (Instant?)T(9, 30), (Instant?)T(10, 30), Minutes(20)), (r.Status, r.WarningAt, r.Deadline, r.Elapsed));
    }

    [Fact]
    public void A_zero_warning_budget_of_an_instance_paused_since_its_start_warns_at_now()
    {
        var set = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour).PauseOn(SlaMetric.FirstResponse, "pending").Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromHours(2))));

        var r = Evaluate(set, T(9, 30), TicketEvent.Opened(T(9), "pending")).Results[0];

        Assert.Equal((SlaStatus.Paused, (Instant?)T(9, 30), (Instant?)null, Duration.Zero), (r.Status, r.WarningAt, r.Deadline, r.Elapsed));
    }

    [Fact]
    public void A_deadline_on_the_last_instant_of_the_time_line_is_given()
    {
        var set = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour));
        var opened = Instant.MaxValue - Hour;

        var r = Evaluate(set, opened + Minutes(30), TicketEvent.Opened(opened)).Results[0];

        Assert.Equal((SlaStatus.Active, (Instant?)Instant.MaxValue), (r.Status, r.Deadline));
    }

    [Fact]
    public void A_business_calendar_takes_a_ticket_from_its_first_instant_and_refuses_now_at_its_end()
    {
        var desk = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var set = Set(p => p.Target(SlaMetric.FirstResponse, "normal", Hour).OnCalendar("desk"), ("desk", desk));
        var horizon = $"within the horizon of calendar 'desk', [{desk.MinInstant}, {desk.MaxInstant}) (local dates 1900-01-01 to 2199-12-31)";

        var first = Evaluate(set, desk.MinInstant + Minutes(30), TicketEvent.Opened(desk.MinInstant)).Results[0];
        Assert.Equal((SlaStatus.Active, (Instant?)(desk.MinInstant + Hour)), (first.Status, first.Deadline));

        var early = desk.MinInstant - Minutes(1);
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluate(set, early + Minutes(30), TicketEvent.Opened(early)));
        Assert.Equal($"ticket must keep the Opened event {horizon}; it was {early}. (Parameter 'ticket')", before.Message);

        var opened = desk.MaxInstant - Hour;
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluate(set, desk.MaxInstant, TicketEvent.Opened(opened)));
        Assert.Equal($"now must keep now {horizon}; it was {desk.MaxInstant}. (Parameter 'now')", late.Message);
    }
}
