// SLA results as values: metric results compare on every member and format word for word; notifications sort by time then kind, window ends included; clock guards.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Evaluation;

public sealed class SlaResultValueTests
{
    private static readonly Instant Day = Instant.FromUtc(2025, 1, 27, 0, 0);

    private static Instant T(int hour, int minute = 0) => Day + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    private static SlaMetricResult Result(
        int instance = 0, SlaStatus status = SlaStatus.Breached, int start = 0, int? stop = 70, int? deadline = 60, int? warning = 45,
        int target = 60, int elapsed = 70, long paused = 0) =>
        new(SlaMetric.FirstResponse, instance, status, T(9, start), stop is { } s ? T(9, s) : null, deadline is { } d ? T(9, d) : null,
            warning is { } w ? T(9, w) : null, Duration.FromMinutes(target), Duration.FromMinutes(elapsed), paused);

    [Fact]
    public void Results_differ_when_any_one_member_differs()
    {
        var result = Result();

        Assert.Equal(Result(), result);
        Assert.False(Result() != result);
        Assert.NotEqual(Result(instance: 1), result);
        Assert.NotEqual(Result(status: SlaStatus.Met), result);
        Assert.NotEqual(Result(start: 1), result);
        Assert.NotEqual(Result(stop: 71), result);
        Assert.NotEqual(Result(deadline: 61), result);
        Assert.NotEqual(Result(warning: 46), result);
        Assert.NotEqual(Result(target: 61), result);
        Assert.NotEqual(Result(elapsed: 71), result);
        Assert.True(Result(paused: 1) != result);
    }

    [Fact]
    public void Results_format_every_member_and_a_dash_for_each_missing_instant()
    {
        var notApplicable = new SlaMetricResult(SlaMetric.Resolution, 0, SlaStatus.NotApplicable, null, null, null, null, Duration.Zero, Duration.Zero, 0);
        var running = Result(status: SlaStatus.Warning, stop: null, elapsed: 50, paused: Duration.FromMinutes(30).ToInt64Nanoseconds());

        Assert.Equal("resolution#0 NotApplicable start - stop - deadline - warning - elapsed 0:00:00 of 0:00:00", notApplicable.ToString());
        Assert.Equal(
            "first_response#0 Warning start 2025-01-27T09:00:00Z stop - deadline 2025-01-27T10:00:00Z warning 2025-01-27T09:45:00Z elapsed 0:50:00 of 1:00:00 paused 0:30:00",
            running.ToString());
    }

    private static readonly SlaPolicySet Set = new SlaPolicySetBuilder()
        .Fallback(new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, Duration.FromHours(1), "normal", "high")
            .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.5))
            .Target(SlaMetric.Resolution, "normal", Duration.FromMinutes(80))
            .Target(SlaMetric.Resolution, "high", Duration.FromHours(2))
            .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.25))
            .Build())
        .Build();

    private static TicketTimeline Replied(string priority, int minute) =>
        new(new TicketAttributes(priority), [TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, minute))]);

    private static (SlaNotificationKind, string, Instant)[] Between(TicketTimeline ticket, Instant from, Instant to) =>
        [.. Set.Transitions(ticket, from, to).Select(n => (n.Kind, n.Metric.Name, n.At))];

    [Fact]
    public void Notifications_sort_by_time_across_metrics()
    {
        // First response: warning 09:30, met 09:40. Resolution (80 min, warning at 25 %): warning 09:20, breached after 10:20.
        Assert.Equal(
            [
                (SlaNotificationKind.WarningReached, "resolution", T(9, 20)),
                (SlaNotificationKind.WarningReached, "first_response", T(9, 30)),
                (SlaNotificationKind.Met, "first_response", T(9, 40)),
                (SlaNotificationKind.Breached, "resolution", T(10, 20)),
            ],
            Between(Replied("normal", 40), T(9), T(10, 40)));
    }

    [Fact]
    public void Notifications_at_one_instant_sort_by_kind_and_a_reply_at_the_warning_point_warns_nothing()
    {
        // High: the reply at 09:30 meets the first response at its warning point; the 2 h resolution warns at 09:30.
        Assert.Equal(
            [(SlaNotificationKind.WarningReached, "resolution", T(9, 30)), (SlaNotificationKind.Met, "first_response", T(9, 30))],
            Between(Replied("high", 30), T(9), T(10)));
    }

    [Fact]
    public void A_window_includes_a_warning_and_a_met_stop_at_its_end()
    {
        var opened = new TicketTimeline(new TicketAttributes("high"), [TicketEvent.Opened(T(9))]);

        Assert.Equal([(SlaNotificationKind.WarningReached, "first_response", T(9, 30)), (SlaNotificationKind.WarningReached, "resolution", T(9, 30))], Between(opened, T(9), T(9, 30)));
        Assert.Equal([(SlaNotificationKind.Met, "first_response", T(9, 20))], Between(Replied("high", 20), T(9), T(9, 20)));
    }

    [Fact]
    public void Notifications_format_as_time_metric_instance_and_kind()
    {
        Assert.Equal("2025-01-27T10:00:00Z first_response#2 Breached", new SlaNotification(SlaNotificationKind.Breached, SlaMetric.FirstResponse, 2, T(10)).ToString());
    }

    [Fact]
    public void A_clock_refuses_null_arguments_and_evaluates_into_a_buffer()
    {
        var attributes = new TicketAttributes("normal");
        Assert.Throws<ArgumentNullException>("policies", () => new SlaClock(null!, attributes));
        Assert.Throws<ArgumentNullException>("attributes", () => new SlaClock(Set, null!));

        var clock = new SlaClock(Set, attributes);
        clock.Append(TicketEvent.Opened(T(9)));
        clock.Append(TicketEvent.AgentPublicReply(T(9, 40)));
        var buffer = new SlaMetricResult[clock.MaxResults];

        var count = clock.Evaluate(T(10), buffer, out var policy);

        Assert.Equal((2, "Standard"), (count, policy.Name));
        Assert.Equal((SlaStatus.Met, Duration.FromMinutes(40)), (buffer[0].Status, buffer[0].Elapsed));
        Assert.Equal((SlaStatus.Warning, T(10, 20)), (buffer[1].Status, buffer[1].Deadline!.Value));
    }
}
