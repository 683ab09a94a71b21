// Laws of the SLA clock over random valid timelines: monotone elapsed time, frozen pauses, breach iff past the deadline.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicySetProperties
{
    internal static SlaPolicySet Policies(ReopenMode reopen, bool resolutionFulfils)
    {
        var vip = new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), "urgent", "high", "normal", "low")
            .Target(SlaMetric.Resolution, Duration.FromHours(4), "urgent", "high", "normal", "low")
            .PauseOn(SlaMetric.Resolution, "pending")
            .Reopen(reopen).ResponsesOnResolve(resolutionFulfils ? ResponseResolveMode.Fulfil : ResponseResolveMode.Pause)
            .Build();
        var standard = new SlaPolicyBuilder("Standard").OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, Duration.FromHours(1), "urgent", "high")
            .Target(SlaMetric.FirstResponse, Duration.FromHours(4), "normal", "low")
            .Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromMinutes(15)))
            .Target(SlaMetric.NextResponse, Duration.FromHours(2), "urgent", "high", "normal", "low")
            .PauseOn(SlaMetric.NextResponse, "on-hold")
            .Target(SlaMetric.PeriodicUpdate, Duration.FromHours(3), "urgent", "high", "normal", "low")
            .Target(SlaMetric.PausablePeriodicUpdate, Duration.FromHours(3), "urgent", "high", "normal", "low")
            .PauseOn(SlaMetric.PausablePeriodicUpdate, "pending", "on-hold")
            .Target(SlaMetric.Resolution, Duration.FromHours(8), "urgent", "high", "normal", "low")
            .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.8))
            .PauseOn(SlaMetric.Resolution, "pending", "on-hold")
            .OnCalendar(SlaMetric.PeriodicUpdate, SlaPolicySet.CalendarTime)
            .Reopen(reopen).ResponsesOnResolve(resolutionFulfils ? ResponseResolveMode.Fulfil : ResponseResolveMode.Pause)
            .Build();
        return new SlaPolicySetBuilder().AddCalendar("desk", SlaBusinessCalendarTests.Desk).Add(vip).Fallback(standard).Build();
    }

    private static readonly SlaPolicySet[] Sets =
        [Policies(ReopenMode.Continue, true), Policies(ReopenMode.NewCycle, false), Policies(ReopenMode.Continue, false)];

    private static readonly Gen<((TicketTimeline Ticket, Instant T1, Instant T2) Case, SlaPolicySet Set)> Cases =
        Gen.Zip(SlaGen.TimelineAndTwoInstants, Gen.Elements(Sets));

    [CareProperty(200)]
    public Property Elapsed_business_time_never_decreases_as_now_advances()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (ticket, t1, t2) = c.Case;
            var before = c.Set.Evaluate(ticket, t1);
            var after = c.Set.Evaluate(ticket, t2);
            if (before.Policy != after.Policy)
            {
                return; // a segment change re-selects the policy from the start (rule 8): another clock altogether
            }

            foreach (var r in before.Results.Where(r => r.Status != SlaStatus.NotApplicable))
            {
                var later = after.For(r.Metric).Single(x => x.Instance == r.Instance);
                Assert.True(later.Elapsed >= r.Elapsed, $"{r} at {t1} became {later} at {t2}");
                Assert.True(later.Start == r.Start, $"{r} at {t1} became {later} at {t2}");
                Assert.Equal(r.Start, later.Start);
            }
        });
    }

    [CareProperty(200)]
    public Property A_paused_clock_does_not_move_until_the_next_event()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (ticket, t1, t2) = c.Case;
            var nextEvent = ticket.Events.ToArray().Select(e => e.At).Where(a => a > t1).DefaultIfEmpty(Instant.MaxValue).Min();
            var t = t2 < nextEvent ? t2 : t1;
            var before = c.Set.Evaluate(ticket, t1);
            var after = c.Set.Evaluate(ticket, t);
            foreach (var r in before.Results.Where(r => r.Status == SlaStatus.Paused))
            {
                var later = after.For(r.Metric).Single(x => x.Instance == r.Instance);
                Assert.Equal(SlaStatus.Paused, later.Status);
                Assert.Equal(r.Elapsed, later.Elapsed);
            }
        });
    }

    [CareProperty(200)]
    public Property Breached_exactly_when_now_or_the_stop_is_past_the_deadline()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (ticket, _, now) = c.Case;
            foreach (var r in c.Set.Evaluate(ticket, now).Results)
            {
                if (r.Status == SlaStatus.NotApplicable)
                {
                    continue;
                }

                if (r.Deadline is not { } deadline)
                {
                    Assert.Equal(SlaStatus.Paused, r.Status);
                    Assert.True(r.Remaining > Duration.Zero, r.ToString());
                    continue;
                }

                var end = r.Stop ?? now;
                Assert.True((r.Status == SlaStatus.Breached) == (end > deadline), $"{r} at now {now}");
                Assert.True((r.Status == SlaStatus.Met) == (r.Stop is not null && end <= deadline), $"{r} at now {now}");
                Assert.True(r.Remaining >= Duration.Zero || r.Status == SlaStatus.Breached, r.ToString());
            }
        });
    }
}
