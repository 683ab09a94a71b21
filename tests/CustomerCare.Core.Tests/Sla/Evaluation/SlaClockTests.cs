// The incremental clock: events streamed one by one give exactly the batch evaluation; bad events are refused without harm.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Evaluation;

public sealed class SlaClockTests
{
    private static readonly SlaPolicySet Set = SlaPolicySetProperties.Policies(ReopenMode.Continue, resolutionFulfils: true);
    private static readonly Instant T0 = Instant.FromUtc(2025, 2, 3, 2, 0); // Mon 09:00 in Ho Chi Minh City

    [CareProperty(150)]
    public Property Streaming_events_equals_batch_evaluation_at_every_step_and_instant()
    {
        var gen =
            from ticket in SlaGen.Timeline
            from offset in Gen.Choose(-3600, 48 * 3600)
            from set in Gen.Elements(SlaPolicySetProperties.Policies(ReopenMode.Continue, true), SlaPolicySetProperties.Policies(ReopenMode.NewCycle, false))
            select (ticket, offset, set);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (ticket, offset, set) = c;
            var clock = new SlaClock(set, ticket.Attributes);
            var now = ticket.OpenedAt + Duration.FromSeconds(offset);
            for (var i = 0; i < ticket.Count; i++)
            {
                clock.Append(ticket[i]);
                var prefix = new TicketTimeline(ticket.Attributes, ticket.Events[..(i + 1)].ToArray());
                var at = ticket[i].At + Duration.FromSeconds(offset / 3);
                Assert.Equal(set.Evaluate(prefix, at).Results, clock.Evaluate(at).Results);
            }

            Assert.Equal(set.Evaluate(ticket, now).Results, clock.Evaluate(now).Results);
            var from = ticket.OpenedAt - Duration.FromHours(2);
            Assert.Equal(set.Transitions(ticket, from, now), clock.Transitions(from, now));
        });
    }

    [Fact]
    public void A_rejected_event_leaves_the_clock_unchanged()
    {
        var clock = new SlaClock(Set, new TicketAttributes("normal"));
        clock.Append(TicketEvent.Opened(T0));
        clock.Append(TicketEvent.Resolved(T0 + Duration.FromMinutes(5)));

        var twice = Assert.Throws<ArgumentException>(() => clock.Append(TicketEvent.Resolved(T0 + Duration.FromMinutes(6))));
        var early = Assert.Throws<ArgumentException>(() => clock.Append(TicketEvent.Reopened(T0)));
        clock.Append(TicketEvent.Reopened(T0 + Duration.FromMinutes(7)));

        Assert.Equal("ticketEvent", twice.ParamName);
        Assert.Contains("ticketEvent[2]", twice.Message, StringComparison.Ordinal);
        Assert.Contains("already resolved", twice.Message, StringComparison.Ordinal);
        Assert.Contains("time order", early.Message, StringComparison.Ordinal);
        Assert.Equal(3, clock.Events.Length);
        Assert.Equal(3, clock.ToTimeline().Count);
    }

    [Fact]
    public void A_clock_without_events_has_nothing_applicable()
    {
        var clock = new SlaClock(Set, new TicketAttributes("normal"));
        Assert.All(clock.Evaluate(T0).Results, r => Assert.Equal(SlaStatus.NotApplicable, r.Status));
        Assert.Throws<ArgumentException>(clock.ToTimeline);
    }

    [Fact]
    public void The_span_path_of_the_clock_allocates_nothing()
    {
        var clock = new SlaClock(Set, new TicketAttributes("high"));
        clock.Append(TicketEvent.Opened(T0));
        clock.Append(TicketEvent.AgentPublicReply(T0 + Duration.FromMinutes(20)));
        clock.Append(TicketEvent.CustomerReply(T0 + Duration.FromMinutes(40)));
        var buffer = new SlaMetricResult[clock.MaxResults];
        var now = T0 + Duration.FromHours(2);

        AllocationAssert.NoAllocations(() => clock.Evaluate(now, buffer, out _));
    }
}
