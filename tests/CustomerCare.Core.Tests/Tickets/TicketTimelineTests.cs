// Impossible or out-of-order histories are rejected with a message that names the event and the problem.
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Tickets;

public sealed class TicketTimelineTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 27, 9, 0);
    private static readonly TicketAttributes Normal = new("normal");

    private static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    [Fact]
    public void A_valid_history_keeps_its_events_in_order()
    {
        var timeline = new TicketTimeline(Normal,
        [
            TicketEvent.Opened(At(0)), TicketEvent.AgentPublicReply(At(10)), TicketEvent.Resolved(At(20)),
            TicketEvent.Reopened(At(30)), TicketEvent.CustomerReply(At(30)), TicketEvent.Resolved(At(40)), TicketEvent.Closed(At(50)),
        ]);

        Assert.Equal(7, timeline.Count);
        Assert.Equal(At(0), timeline.OpenedAt);
        Assert.Equal(TicketEventKind.Closed, timeline[6].Kind);
    }

    [Theory]
    [MemberData(nameof(ImpossibleHistories))]
    public void Impossible_histories_are_rejected_naming_the_event(TicketEvent[] events, int badIndex, string problem)
    {
        var ex = Assert.Throws<ArgumentException>(() => new TicketTimeline(Normal, events));

        Assert.Equal("events", ex.ParamName);
        Assert.Contains($"events[{badIndex}]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<TicketEvent[], int, string> ImpossibleHistories() => new()
    {
        { [TicketEvent.CustomerReply(At(0)), TicketEvent.Opened(At(1))], 0, "first event must be Opened" },
        { [TicketEvent.Opened(At(5)), TicketEvent.AgentPublicReply(At(4))], 1, "time order" },
        { [TicketEvent.Opened(At(0)), TicketEvent.Opened(At(1))], 1, "Opened may appear only once" },
        { [TicketEvent.Opened(At(0)), TicketEvent.Resolved(At(1)), TicketEvent.Resolved(At(2))], 2, "already resolved by events[1]" },
        { [TicketEvent.Opened(At(0)), TicketEvent.Reopened(At(1))], 1, "only a resolved ticket can be reopened" },
        { [TicketEvent.Opened(At(0)), TicketEvent.Resolved(At(1)), TicketEvent.CustomerReply(At(2)), TicketEvent.Reopened(At(3))], 3, "only a resolved ticket can be reopened" },
        { [TicketEvent.Opened(At(0)), TicketEvent.Closed(At(1)), TicketEvent.AgentInternalNote(At(2))], 2, "nothing may follow Closed" },
    };

    [Fact]
    public void A_customer_message_on_a_resolved_ticket_reopens_it()
    {
        // Help desks reopen on the message: after it the ticket is open again, so it may be resolved again.
        var timeline = new TicketTimeline(Normal, [TicketEvent.Opened(At(0)), TicketEvent.Resolved(At(1)), TicketEvent.CustomerReply(At(2)), TicketEvent.Resolved(At(3))]);

        Assert.Equal(4, timeline.Count);
    }

    [Fact]
    public void Opened_resolved_and_reopened_events_may_state_their_status()
    {
        Assert.Equal((TicketEventKind.Opened, "pending"), (TicketEvent.Opened(T0, "pending").Kind, TicketEvent.Opened(T0, "pending").Value));
        Assert.Equal("solved", TicketEvent.Resolved(T0, "solved").Value);
        Assert.Equal("open", TicketEvent.Reopened(T0, "open").Value);
        Assert.Null(TicketEvent.Reopened(T0).Value);
        Assert.Equal("2025-01-27T09:00:00Z Opened pending", TicketEvent.Opened(Instant.FromUtc(2025, 1, 27, 9, 0), "pending").ToString());
        foreach (var make in new Func<Instant, string, TicketEvent>[] { TicketEvent.Opened, TicketEvent.Resolved, TicketEvent.Reopened })
        {
            var ex = Assert.Throws<ArgumentException>(() => make(T0, " "));
            Assert.Equal("status", ex.ParamName);
            Assert.Contains("must be a non-empty name", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_history_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TicketTimeline(Normal, []));
        Assert.Contains("at least its Opened event", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_with_blank_values_are_rejected()
    {
        Assert.Contains("status", Assert.Throws<ArgumentException>(() => TicketEvent.StatusChanged(T0, " ")).Message, StringComparison.Ordinal);
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => TicketEvent.AttributeChanged(T0, "", "x")).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => TicketEvent.PriorityChanged(T0, "")).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => new TicketAttributes(" ")).ParamName);
        Assert.Contains("tags[1]", Assert.Throws<ArgumentException>(() => new TicketAttributes("low", tags: ["a", ""])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_are_read_by_name_case_insensitively()
    {
        var attributes = new TicketAttributes("high", "vip", "chat", "billing", ["Gold"], new Dictionary<string, string> { ["region"] = "south" });

        Assert.Equal("high", attributes.Get("Priority"));
        Assert.Equal("vip", attributes.Get("SEGMENT"));
        Assert.Equal("chat", attributes.Get("channel"));
        Assert.Equal("billing", attributes.Get("category"));
        Assert.Equal("south", attributes.Get("Region"));
        Assert.Null(attributes.Get("missing"));
        Assert.Contains("gold", attributes.Tags);
    }
}
