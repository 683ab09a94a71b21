// Transitions between two instants: warning points, breaches and met stops, dated as the timeline says.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Evaluation;

public sealed class SlaNotificationTests
{
    private static readonly Instant Day = Instant.FromUtc(2025, 1, 27, 0, 0);

    private static Instant T(int hour, int minute = 0) => Day + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    private static readonly SlaPolicySet Set = new SlaPolicySetBuilder()
        .Fallback(new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1))
            .Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromMinutes(15)))
            .Target(SlaMetric.Resolution, "normal", Duration.FromHours(4))
            .Build())
        .Build();

    [Fact]
    public void Warning_breach_and_met_are_reported_in_time_order()
    {
        // First response: warning 09:45, deadline 10:00, reply 10:20 → warning then breach. Resolution: 4 h → 13:00,
        // resolved 11:00 → met at 11:00.
        var ticket = new TicketTimeline(new TicketAttributes("normal"),
            [TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(10, 20)), TicketEvent.Resolved(T(11))]);

        var all = Set.Transitions(ticket, T(9), T(12));

        Assert.Equal(
            [
                (SlaNotificationKind.WarningReached, "first_response", T(9, 45)),
                (SlaNotificationKind.Breached, "first_response", T(10)),
                (SlaNotificationKind.Met, "resolution", T(11)),
            ],
            all.Select(n => (n.Kind, n.Metric.Name, n.At)));
    }

    [Fact]
    public void Windows_split_the_transitions_without_loss_or_repeat()
    {
        var ticket = new TicketTimeline(new TicketAttributes("normal"),
            [TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(10, 20)), TicketEvent.Resolved(T(11))]);

        // The deadline 10:00 belongs to the window that starts at 10:00 (breached means now > deadline).
        Assert.Equal([SlaNotificationKind.WarningReached], Set.Transitions(ticket, T(9), T(10)).Select(n => n.Kind));
        Assert.Equal([SlaNotificationKind.Breached, SlaNotificationKind.Met], Set.Transitions(ticket, T(10), T(12)).Select(n => n.Kind));
    }

    [Fact]
    public void A_reply_before_the_warning_point_reports_only_met()
    {
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T(9)), TicketEvent.AgentPublicReply(T(9, 30))]);
        var n = Assert.Single(Set.Transitions(ticket, T(9), T(9, 59)));
        Assert.Equal((SlaNotificationKind.Met, T(9, 30)), (n.Kind, n.At));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_rejected()
    {
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T(9))]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Set.Transitions(ticket, T(10), T(9)));
        Assert.Equal("to", ex.ParamName);
    }

    [CareProperty(200)]
    public Property Adjacent_windows_report_what_one_window_reports()
    {
        var set = SlaPolicySetProperties.Policies(ReopenMode.Continue, true);
        return Prop.ForAll(SlaGen.TimelineAndTwoInstants.ToArbitrary(), c =>
        {
            var (ticket, t1, t2) = c;
            var start = ticket.OpenedAt - Duration.FromHours(1);
            if (ticket.Events.ToArray().Any(e => e.Kind is TicketEventKind.PriorityChanged or TicketEventKind.SegmentChanged or TicketEventKind.Reopened && e.At > t1)
                || ReopenedByACustomerMessageAfter(ticket, t1))
            {
                return; // re-targeting (rule 8) or a reopen that continues the clock (rule 7, 12) rewrites what the earlier window saw
            }

            var whole = set.Transitions(ticket, start, t2);
            var split = set.Transitions(ticket, start, t1).Concat(set.Transitions(ticket, t1, t2)).ToList();
            Assert.Equal(whole.OrderBy(n => n.ToString(), StringComparer.Ordinal), split.OrderBy(n => n.ToString(), StringComparer.Ordinal));
        });
    }

    // Rule 12: a customer message on a resolved ticket is a reopen too.
    private static bool ReopenedByACustomerMessageAfter(TicketTimeline ticket, Instant t)
    {
        var resolved = false;
        foreach (var e in ticket.Events)
        {
            if (e.Kind == TicketEventKind.CustomerReply && resolved && e.At > t)
            {
                return true;
            }

            resolved = e.Kind == TicketEventKind.Resolved || (resolved && e.Kind is not (TicketEventKind.Reopened or TicketEventKind.CustomerReply));
        }

        return false;
    }
}
