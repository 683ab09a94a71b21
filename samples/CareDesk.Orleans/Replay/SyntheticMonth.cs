// A seeded synthetic month of a care desk: tickets opened over the month, replies, pauses, escalations, resolutions, reopenings.
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Replay;

/// <summary>
/// Generates the same tickets for the same seed: opened uniformly over the month with a priority, segment, channel and
/// category; then a first answer, a conversation of customer replies and agent answers with internal notes and pauses
/// (pending until the customer answers), resolution, sometimes a reopening, and closing — about ten events a ticket,
/// none after the month's end.
/// </summary>
public static class SyntheticMonth
{
    /// <summary>The first instant of the replayed month (November 2026, Berlin time).</summary>
    public static readonly Instant Start = new LocalDateTime(2026, 11, 1, 0, 0).InZoneStrictly(DeskPolicies.Zone).ToInstant();

    /// <summary>The end of the month: the report's "as of".</summary>
    public static readonly Instant End = new LocalDateTime(2026, 12, 1, 0, 0).InZoneStrictly(DeskPolicies.Zone).ToInstant();

    public static IReadOnlyList<SyntheticTicket> Generate(int tickets, int seed, Instant start, Instant end, string idPrefix = "T")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tickets);
        var random = new Random(seed);
        var span = (end - start).TotalSeconds;
        var result = new List<SyntheticTicket>(tickets);
        for (var n = 0; n < tickets; n++)
        {
            var opened = start + Duration.FromSeconds((long)(random.NextDouble() * span));
            var attributes = new TicketAttributesDto(
                Pick(random, (0.05, "urgent"), (0.20, "high"), (0.55, "normal"), (0.20, "low")),
                random.NextDouble() < 0.1 ? "vip" : null,
                Pick(random, (0.5, "email"), (0.25, "chat"), (0.25, "phone")),
                Pick(random, (0.3, DeskPolicies.Categories[0]), (0.15, DeskPolicies.Categories[1]), (0.25, DeskPolicies.Categories[2]), (0.25, DeskPolicies.Categories[3]), (0.05, DeskPolicies.Categories[4])));
            result.Add(new SyntheticTicket($"{idPrefix}{n:D7}", attributes, Events(random, opened, end, attributes.Channel == "chat")));
        }

        return result;
    }

    private static List<TicketEventDto> Events(Random random, Instant opened, Instant end, bool chat)
    {
        var events = new List<TicketEventDto> { new(TicketEventKind.Opened, opened) };
        var t = opened;
        Instant After(double minMinutes, double maxMinutes) => t += Duration.FromSeconds((long)(60 * (minMinutes + (random.NextDouble() * (maxMinutes - minMinutes)))));

        if (random.NextDouble() < 0.3)
        {
            events.Add(new(TicketEventKind.AgentInternalNote, After(5, 60)));
        }

        events.Add(new(TicketEventKind.AgentPublicReply, chat ? After(1, 12) : After(10, 480)));
        if (random.NextDouble() < 0.1)
        {
            events.Add(new(TicketEventKind.PriorityChanged, After(5, 120), Value: Pick(random, (0.5, "urgent"), (0.5, "high"))));
        }

        // The conversation: up to five rounds of customer reply and agent answer; now and then the agent notes something
        // internally, or puts the ticket on hold (pending) until the customer answers, which sets it open again.
        for (var round = 0; round < 5 && random.NextDouble() < 0.75; round++)
        {
            var pending = random.NextDouble() < 0.25;
            if (pending)
            {
                events.Add(new(TicketEventKind.StatusChanged, After(1, 30), Value: "pending"));
            }

            events.Add(new(TicketEventKind.CustomerReply, chat ? After(1, 20) : After(10, 1440)));
            if (pending)
            {
                events.Add(new(TicketEventKind.StatusChanged, After(0, 5), Value: "open"));
            }

            if (random.NextDouble() < 0.3)
            {
                events.Add(new(TicketEventKind.AgentInternalNote, chat ? After(1, 5) : After(5, 120)));
            }

            events.Add(new(TicketEventKind.AgentPublicReply, chat ? After(1, 15) : After(5, 360)));
        }

        if (random.NextDouble() < 0.85)
        {
            events.Add(new(TicketEventKind.Resolved, After(30, 4320)));
            if (random.NextDouble() < 0.15)
            {
                events.Add(new(TicketEventKind.Reopened, After(60, 2880)));
                events.Add(new(TicketEventKind.CustomerReply, After(0, 1)));
                events.Add(new(TicketEventKind.AgentPublicReply, After(10, 240)));
                events.Add(new(TicketEventKind.Resolved, After(30, 1440)));
            }

            if (random.NextDouble() < 0.6)
            {
                events.Add(new(TicketEventKind.Closed, After(1440, 4320)));
            }
        }

        // Nothing happens after the month's end: the replay stops there.
        events.RemoveAll(e => e.At > end);
        return events;
    }

    private static string Pick(Random random, params (double Weight, string Value)[] choices)
    {
        var x = random.NextDouble();
        foreach (var (weight, value) in choices)
        {
            if ((x -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
