// FsCheck generators for SLA tests: always-valid random ticket timelines built by walking the timeline's state machine.
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla;

public static class SlaGen
{
    private static readonly Instant Base = Instant.FromUtc(2025, 1, 1, 0, 0);
    private static readonly string[] Statuses = ["open", "pending", "on-hold"];
    private static readonly string[] Priorities = ["urgent", "high", "normal", "low"];

    /// <summary>A valid timeline of 1 to 14 events in 2025, gaps of 0 to 5 hours, whole seconds.</summary>
    public static Gen<TicketTimeline> Timeline { get; } =
        from startDay in Gen.Choose(0, 360)
        from startSecond in Gen.Choose(0, 86_399)
        from steps in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 5 * 3600), Gen.Choose(0, 999)))
        from priority in Gen.Elements(Priorities)
        select Build(Base + Duration.FromDays(startDay) + Duration.FromSeconds(startSecond), steps.Take(13).ToArray(), priority);

    /// <summary>A timeline and two evaluation instants t1 ≤ t2 around it.</summary>
    public static Gen<(TicketTimeline Ticket, Instant T1, Instant T2)> TimelineAndTwoInstants { get; } =
        from ticket in Timeline
        from a in Gen.Choose(-3600, 40 * 3600)
        from b in Gen.Choose(0, 40 * 3600)
        select (ticket, ticket.OpenedAt + Duration.FromSeconds(a), ticket.OpenedAt + Duration.FromSeconds(a + b));

    internal static TicketTimeline Build(Instant start, (int Gap, int Choice)[] steps, string priority) =>
        Build(start, steps, new TicketAttributes(priority), (gap, _) => Duration.FromSeconds(gap), WhileOpen, WhileResolved);

    /// <summary>
    /// The one way the SLA generators turn (gap, choice) steps into a valid timeline: each step advances the clock and
    /// picks an event possible in the ticket's state (open or resolved); a close ends the ticket. Generators differ
    /// only in how far a step advances and in the event mix they pick from.
    /// </summary>
    internal static TicketTimeline Build(
        Instant start,
        (int Gap, int Choice)[] steps,
        TicketAttributes attributes,
        Func<int, int, Duration> advance,
        Func<Instant, int, TicketEvent> whileOpen,
        Func<Instant, int, TicketEvent> whileResolved,
        string? openingStatus = null)
    {
        var events = new List<TicketEvent> { openingStatus is null ? TicketEvent.Opened(start) : TicketEvent.Opened(start, openingStatus) };
        var t = start;
        var resolved = false;
        foreach (var (gap, choice) in steps)
        {
            t += advance(gap, choice);
            var e = resolved ? whileResolved(t, choice) : whileOpen(t, choice);
            events.Add(e);
            if (e.Kind == TicketEventKind.Closed)
            {
                break;
            }

            // A customer message reopens a resolved ticket.
            resolved = e.Kind == TicketEventKind.Resolved || (resolved && e.Kind is not (TicketEventKind.Reopened or TicketEventKind.CustomerReply));
        }

        return new TicketTimeline(attributes, events);
    }

    private static TicketEvent WhileResolved(Instant t, int choice) => (choice % 100) switch
    {
        < 48 => TicketEvent.Reopened(t),
        < 55 => TicketEvent.CustomerReply(t),
        < 70 => TicketEvent.AgentPublicReply(t),
        < 85 => TicketEvent.StatusChanged(t, Statuses[choice % 3]),
        < 95 => TicketEvent.AgentInternalNote(t),
        _ => TicketEvent.Closed(t),
    };

    private static TicketEvent WhileOpen(Instant t, int choice) => (choice % 100) switch
    {
        < 22 => TicketEvent.AgentPublicReply(t),
        < 42 => TicketEvent.CustomerReply(t),
        < 60 => TicketEvent.StatusChanged(t, Statuses[choice % 3]),
        < 68 => TicketEvent.AgentInternalNote(t),
        < 74 => TicketEvent.PriorityChanged(t, Priorities[choice % 4]),
        < 78 => TicketEvent.SegmentChanged(t, choice % 2 == 0 ? "vip" : "smb"),
        < 97 => TicketEvent.Resolved(t),
        _ => TicketEvent.Closed(t),
    };
}
