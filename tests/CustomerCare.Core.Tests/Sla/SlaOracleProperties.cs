// The SLA evaluator checked against an independent oracle on random policies, calendars, timelines and instants.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla;

/// <summary>
/// Every <see cref="SlaMetricResult"/> the evaluator returns — status, start, stop, deadline, warning point, target and
/// elapsed business time — must equal what <see cref="SlaOracle"/> recomputes from SLA-RULES with the public calendar
/// API. Written against public APIs only, so that it stays valid when the evaluator's internals are rewritten.
/// </summary>
public sealed class SlaOracleProperties
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;

    // Mon–Fri 09:00–17:00 UTC; Monday 2025-01-27 is the day of the hand-worked cases.
    private static readonly BusinessCalendar NineToFive = new BusinessCalendarBuilder(Utc)
        .AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    [CareProperty(200)]
    public Property Every_metric_result_equals_the_oracle()
    {
        return Prop.ForAll(SlaOracleGen.Case.ToArbitrary(), c =>
        {
            var evaluation = Check(c.World, c.Ticket, c.Now);
            if (evaluation is null)
            {
                return; // refused, as the oracle expected
            }

            // The boundaries the evaluator announces are the instants where a comparison could be off by one: look
            // again exactly at them and just after (no event lies between now and them unless the timeline says so).
            var probes = evaluation.Results
                .Where(r => r.Stop is null)
                .SelectMany(r => new[] { r.Deadline, r.WarningAt })
                .OfType<Instant>()
                .Where(t => t > c.Now)
                .Distinct()
                .Order()
                .Take(2);
            foreach (var t in probes)
            {
                _ = Check(c.World, c.Ticket, t);
                _ = Check(c.World, c.Ticket, t + Duration.Epsilon);
            }

            // Events exactly at a boundary: a reply, a resolution or a pause at a running instance's deadline or warning point.
            foreach (var (ticket, at) in EventsAtBoundaries(c.Ticket, evaluation))
            {
                Check(c.World, ticket, at);
                Check(c.World, ticket, at + Duration.FromHours(1));
            }
        });
    }

    [CareProperty(200)]
    public Property The_oracle_agrees_with_the_evaluator_on_the_existing_laws_policy_sets()
    {
        // The policy sets the laws use, on SlaGen's own timelines: a second, independent source of cases.
        var world = new OracleWorld(
            SlaPolicySetProperties.Policies(ReopenMode.NewCycle, false),
            new Dictionary<string, BusinessCalendar> { ["desk"] = SlaBusinessCalendarTests.Desk },
            [(_, segment) => segment == "vip"],
            "SlaPolicySetProperties.Policies(NewCycle, false)",
            Instant.FromUtc(2025, 1, 1, 0, 0));
        return Prop.ForAll(SlaGen.TimelineAndTwoInstants.ToArbitrary(), c =>
        {
            Check(world, c.Ticket, c.T1);
            Check(world, c.Ticket, c.T2);
        });
    }

    [Fact]
    public void A_zero_warning_budget_warns_from_the_first_business_moment()
    {
        // First response 1 h, warning 90 min before: budget = max(1 h − 1.5 h, 0) = 0. Opened Mon 07:30, before hours.
        // Deadline = Add(07:30, 1 h) = 09:00 + 1 h = 10:00. Warning point = Add(07:30, 0) = the first business moment = 09:00.
        var set = Single(new SlaPolicyBuilder("p").OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1))
            .Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromMinutes(90))));
        var ticket = Ticket(TicketEvent.Opened(At(7, 30)));

        var (early, opening, due, late) = (First(set, ticket, At(8, 0)), First(set, ticket, At(9, 0)), First(set, ticket, At(10, 0)), First(set, ticket, At(10, 0, 1)));

        Assert.Equal((SlaStatus.Active, At(10, 0), At(9, 0), Duration.Zero), (early.Status, early.Deadline, early.WarningAt, early.Elapsed));
        Assert.Equal((SlaStatus.Warning, Duration.Zero), (opening.Status, opening.Elapsed));
        Assert.Equal((SlaStatus.Warning, Duration.FromHours(1), Duration.Zero), (due.Status, due.Elapsed, due.Remaining)); // up to and including the deadline
        Assert.Equal((SlaStatus.Breached, Duration.FromSeconds(-1)), (late.Status, late.Remaining));

        // A share that truncates to zero seconds gives the same zero budget: ⌊90 s × 0.01⌋ = ⌊0.9 s⌋ = 0.
        Assert.Equal(Duration.Zero, SlaWarning.AtShare(0.01).BudgetFor(Duration.FromSeconds(90)));
    }

    [Fact]
    public void A_zero_warning_budget_on_an_instance_stopped_before_opening_hours_points_after_the_stop()
    {
        // Pinned as it is (reported to the lead): replied Mon 08:15, before hours. Elapsed 0 ≥ budget 0, so the stopped
        // instance shows its warning point, which is the first business moment 09:00 — 45 minutes after the stop.
        var set = Single(new SlaPolicyBuilder("p").OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1))
            .Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromHours(2))));
        var ticket = Ticket(TicketEvent.Opened(At(7, 30)), TicketEvent.AgentPublicReply(At(8, 15)));

        var r = First(set, ticket, At(12, 0));

        Assert.Equal((SlaStatus.Met, At(8, 15), At(10, 0), At(9, 0), Duration.Zero), (r.Status, r.Stop, r.Deadline, r.WarningAt, r.Elapsed));
        Assert.DoesNotContain(set.Transitions(ticket, At(7, 0), At(12, 0)), n => n.Kind == SlaNotificationKind.WarningReached);
    }

    [Fact]
    public void A_deadline_that_lands_exactly_on_a_pause_start_is_that_pause_start()
    {
        // Resolution 2 h, paused while pending. Opened Mon 09:00, pending 11:00 → 14:00, resolved 13:30 while pending.
        // Business time 09:00–11:00 = 2 h = the whole target, used up exactly when the pause starts, so the deadline is
        // the earliest instant with 2 h used: 11:00, whatever the pause does later.
        var set = Single(new SlaPolicyBuilder("p").OnCalendar("desk")
            .Target(SlaMetric.Resolution, "normal", Duration.FromHours(2))
            .PauseOn(SlaMetric.Resolution, "pending"));
        var ticket = Ticket(
            TicketEvent.Opened(At(9, 0)), TicketEvent.StatusChanged(At(11, 0), "pending"),
            TicketEvent.Resolved(At(13, 30)));

        var before = First(set, ticket, At(10, 59, 59));
        var atPause = First(set, ticket, At(11, 0));
        var paused = First(set, ticket, At(13, 0));
        var resolved = First(set, ticket, At(15, 0));

        // 10:59:59: 1:59:59 used, no pause known yet, deadline 09:00 + 2 h = 11:00.
        Assert.Equal((SlaStatus.Active, At(11, 0), Duration.FromHours(2) - Duration.FromSeconds(1)), (before.Status, before.Deadline, before.Elapsed));

        // 11:00: paused, but with no budget left a paused metric keeps its deadline (rule 4 applies only with budget
        // left) and, as now = deadline, it is not breached yet (rule 5: only when now > deadline).
        Assert.Equal((SlaStatus.Active, At(11, 0), Duration.FromHours(2)), (atPause.Status, atPause.Deadline, atPause.Elapsed));

        // 13:00: still paused, still 2 h used, and now 13:00 > deadline 11:00: breached with nothing remaining.
        Assert.Equal((SlaStatus.Breached, At(11, 0), Duration.Zero), (paused.Status, paused.Deadline, paused.Remaining));

        // Resolved 13:30 during the pause: stop 13:30 > deadline 11:00 → breached, though elapsed = target exactly.
        Assert.Equal((SlaStatus.Breached, At(11, 0), Duration.FromHours(2), Duration.Zero), (resolved.Status, resolved.Deadline, resolved.Elapsed, resolved.Remaining));
    }

    [Fact]
    public void A_deadline_that_lands_exactly_on_a_window_end_is_that_end()
    {
        // First response 8 h on Mon–Fri 09:00–17:00, opened Mon 09:00: 8 h are used up at 17:00 exactly, so the deadline
        // is Mon 17:00 (not Tue 09:00). A reply at 17:00 is met; a reply at 20:00 used no more business time (8 h) but
        // comes after the deadline, so it is breached with zero remaining (rule 5 by the letter).
        var set = Single(new SlaPolicyBuilder("p").OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(8)));
        var onTime = First(set, Ticket(TicketEvent.Opened(At(9, 0)), TicketEvent.AgentPublicReply(At(17, 0))), At(21, 0));
        var evening = First(set, Ticket(TicketEvent.Opened(At(9, 0)), TicketEvent.AgentPublicReply(At(20, 0))), At(21, 0));

        Assert.Equal((SlaStatus.Met, At(17, 0), Duration.FromHours(8)), (onTime.Status, onTime.Deadline, onTime.Elapsed));
        Assert.Equal((SlaStatus.Breached, At(17, 0), Duration.FromHours(8), Duration.Zero), (evening.Status, evening.Deadline, evening.Elapsed, evening.Remaining));
    }

    [Fact]
    public void The_oracle_is_not_a_mirror_it_rejects_a_wrong_result()
    {
        // A test that cannot fail is not a test: a result with one field moved by one nanosecond must be refused.
        var set = Single(new SlaPolicyBuilder("p").OnCalendar("desk").Target(SlaMetric.Resolution, "normal", Duration.FromHours(2)));
        var world = World(set);
        var ticket = Ticket(TicketEvent.Opened(At(9, 0)));
        var actual = set.Evaluate(ticket, At(10, 0)).Results.Select(OracleRow.Of).ToList();
        var (_, _, expected) = SlaOracle.Expect(world, ticket, At(10, 0));

        Assert.Equal(expected, actual);
        Assert.NotEqual(expected, new List<OracleRow> { actual[0] with { Elapsed = actual[0].Elapsed + Duration.Epsilon } });
        Assert.NotEqual(expected, new List<OracleRow> { actual[0] with { Paused = actual[0].Paused + Duration.Epsilon } });
        Assert.NotEqual(expected, new List<OracleRow> { actual[0] with { Deadline = actual[0].Deadline - Duration.Epsilon } });
    }

    private static SlaEvaluation? Check(OracleWorld world, TicketTimeline ticket, Instant now)
    {
        var (policy, priority, expected) = SlaOracle.Expect(world, ticket, now);
        if (expected is null)
        {
            // A rejecting policy refuses a customer message on the resolved ticket, on every way in.
            var clockOfRefused = new SlaClock(world.Set, ticket.Attributes);
            foreach (var e in ticket.Events)
            {
                clockOfRefused.Append(e);
            }

            Assert.Contains("rejects customer messages on a resolved ticket", Assert.Throws<ArgumentException>(nameof(ticket), () => world.Set.Evaluate(ticket, now)).Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(nameof(ticket), () => world.Set.Evaluate(ticket, now, new SlaMetricResult[world.Set.MaxResults(ticket)], out _));
            Assert.Throws<ArgumentException>(nameof(ticket), () => clockOfRefused.Evaluate(now));
            return null;
        }

        var evaluation = world.Set.Evaluate(ticket, now);
        var actual = evaluation.Results.Select(OracleRow.Of).ToList();
        if (policy != evaluation.Policy.Name || priority != evaluation.Priority || !expected.SequenceEqual(actual))
        {
            Assert.Fail(
                $"The evaluator and the oracle disagree at now = {now}.\n{new OracleCase(world, ticket, now)}\n"
                + $"policy/priority: evaluator {evaluation.Policy.Name}/{evaluation.Priority}, oracle {policy}/{priority}\n"
                + $"evaluator:\n  {string.Join("\n  ", actual)}\noracle:\n  {string.Join("\n  ", expected)}");
        }

        // The other public ways in (the allocation-free overload and the incremental clock) must say the same.
        var buffer = new SlaMetricResult[world.Set.MaxResults(ticket)];
        var count = world.Set.Evaluate(ticket, now, buffer, out var spanPolicy);
        var clock = new SlaClock(world.Set, ticket.Attributes);
        foreach (var e in ticket.Events)
        {
            clock.Append(e);
        }

        Assert.Equal(policy, spanPolicy.Name);
        Assert.Equal(expected, buffer.Take(count).Select(OracleRow.Of));
        Assert.Equal(expected, clock.Evaluate(now).Results.Select(OracleRow.Of));
        return evaluation;
    }

    private static IEnumerable<(TicketTimeline Ticket, Instant At)> EventsAtBoundaries(TicketTimeline ticket, SlaEvaluation evaluation)
    {
        var events = ticket.Events.ToArray();
        var last = events[^1];
        if (last.Kind == TicketEventKind.Closed)
        {
            yield break; // nothing may follow a close
        }

        var resolved = false;
        foreach (var e in events)
        {
            resolved = e.Kind == TicketEventKind.Resolved || (resolved && e.Kind is not (TicketEventKind.Reopened or TicketEventKind.CustomerReply));
        }

        var boundaries = evaluation.Results
            .Where(r => r.Stop is null)
            .SelectMany(r => new[] { r.Deadline, r.WarningAt })
            .OfType<Instant>()
            .Where(t => t >= last.At)
            .Distinct()
            .Order()
            .Take(2);
        foreach (var t in boundaries)
        {
            yield return (Extend(TicketEvent.AgentPublicReply(t)), t);
            yield return (Extend(TicketEvent.StatusChanged(t, "pending")), t);
            if (!resolved)
            {
                yield return (Extend(TicketEvent.Resolved(t)), t);
            }
        }

        TicketTimeline Extend(TicketEvent e) => new(ticket.Attributes, [.. events, e]);
    }

    private static SlaPolicySet Single(SlaPolicyBuilder fallback) =>
        new SlaPolicySetBuilder().AddCalendar("desk", NineToFive).Fallback(fallback.Build()).Build();

    private static OracleWorld World(SlaPolicySet set) =>
        new(set, new Dictionary<string, BusinessCalendar> { ["desk"] = NineToFive }, [], "nine to five", At(9, 0));

    // Each hand-worked case is checked against the oracle too, so the numbers in the comments bind both.
    private static SlaMetricResult First(SlaPolicySet set, TicketTimeline ticket, Instant now) =>
        Check(World(set), ticket, now)!.Results[0];

    private static TicketTimeline Ticket(params TicketEvent[] events) => new(new TicketAttributes("normal"), events);

    private static Instant At(int hour, int minute, int second = 0) => Instant.FromUtc(2025, 1, 27, hour, minute, second);
}
