// The compiled policy plan at its pause-status limit: 63 distinct statuses get a bit each (the last one pauses), a 64th is refused.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Evaluation;

public sealed class PolicyPlanTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 27, 9, 0);

    private static string[] Statuses(int count) => [.. Enumerable.Range(0, count).Select(i => $"s{i}")];

    [Fact]
    public void Sixty_three_pause_statuses_each_pause_the_metric()
    {
        var policy = new SlaPolicyBuilder("P").Target(SlaMetric.Resolution, "normal", Duration.FromHours(1)).PauseOn(SlaMetric.Resolution, Statuses(63)).Build();
        var set = new SlaPolicySetBuilder().Fallback(policy).Build();
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T0), TicketEvent.StatusChanged(T0 + Duration.FromMinutes(10), "S62")]);

        var r = set.Evaluate(ticket, T0 + Duration.FromHours(2)).Results[0];

        Assert.Equal((SlaStatus.Paused, Duration.FromMinutes(10)), (r.Status, r.Elapsed));
    }

    [Fact]
    public void A_policy_that_bypassed_the_builder_with_sixty_four_pause_statuses_is_refused()
    {
        var target = new SlaMetricTarget(SlaMetric.Resolution, new Dictionary<string, Duration> { ["normal"] = Duration.FromHours(1) }, SlaPolicySet.CalendarTime, SlaWarning.None, Statuses(64));
        var policy = new SlaPolicy("P", SlaCondition.Always, SlaPolicySet.CalendarTime, [target], ReopenMode.Continue, ResponseResolveMode.Fulfil, ResolvedReplyMode.Reopen);

        var ex = Assert.Throws<InvalidOperationException>(() => new PolicyPlan(policy, PriorityScale.Default, new Dictionary<string, BusinessCalendar?> { [SlaPolicySet.CalendarTime] = null }));

        Assert.Equal("Policy 'P' pauses on 64 statuses; at most 63 are supported.", ex.Message);
    }
}
