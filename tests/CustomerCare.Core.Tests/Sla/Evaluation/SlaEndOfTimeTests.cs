// Tickets near the end of NodaTime's time line (a 9999-12-31 placeholder) on a 24/7 policy: a documented error, never an overflow.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Evaluation;

public sealed class SlaEndOfTimeTests
{
    private static readonly Instant LastDay = Instant.FromUtc(9999, 12, 31, 0, 0);

    private static SlaPolicySet Set(Duration target) => new SlaPolicySetBuilder()
        .Fallback(new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", target).Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.5)).Build())
        .Build();

    private static readonly TicketTimeline OpenedOnTheLastDay = new(new TicketAttributes("normal"), [TicketEvent.Opened(LastDay)]);

    [Fact]
    public void A_deadline_inside_the_time_line_is_given_as_usual()
    {
        // Opened 9999-12-31 00:00, target 1 h: deadline 01:00, warning at 50 % = 00:30; at 00:45 it warns.
        var r = Set(Duration.FromHours(1)).Evaluate(OpenedOnTheLastDay, LastDay + Duration.FromMinutes(45)).Results[0];

        Assert.Equal((SlaStatus.Warning, LastDay + Duration.FromHours(1), LastDay + Duration.FromMinutes(30)), (r.Status, r.Deadline!.Value, r.WarningAt!.Value));
    }

    [Fact]
    public void A_deadline_past_the_end_of_the_time_line_is_refused_on_every_way_in()
    {
        // Target 2 days from the last day: the deadline would be in the year 10000.
        var set = Set(Duration.FromDays(2));
        var now = LastDay + Duration.FromHours(1);
        var clock = new SlaClock(set, OpenedOnTheLastDay.Attributes);
        clock.Append(OpenedOnTheLastDay[0]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>("ticket", () => set.Evaluate(OpenedOnTheLastDay, now));
        Assert.Throws<ArgumentOutOfRangeException>("ticket", () => set.Evaluate(OpenedOnTheLastDay, now, new SlaMetricResult[set.MaxResults(OpenedOnTheLastDay)], out _));
        Assert.Throws<ArgumentOutOfRangeException>("ticket", () => set.Transitions(OpenedOnTheLastDay, LastDay, now));
        Assert.Throws<ArgumentOutOfRangeException>("ticket", () => clock.Evaluate(now));
        Assert.Throws<ArgumentOutOfRangeException>("ticket", () => clock.Transitions(LastDay, now));

        Assert.StartsWith("ticket has a first_response instance whose deadline or warning point falls after the end of representable time", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 9999-12-31T00:00:00Z.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopped_instance_near_the_end_is_judged_as_usual()
    {
        // Replied after 30 min: met, the 1 h deadline is still on the time line.
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(LastDay), TicketEvent.AgentPublicReply(LastDay + Duration.FromMinutes(30))]);

        var r = Set(Duration.FromHours(1)).Evaluate(ticket, Instant.MaxValue).Results[0];

        Assert.Equal((SlaStatus.Met, Duration.FromMinutes(30)), (r.Status, r.Elapsed));
    }
}
