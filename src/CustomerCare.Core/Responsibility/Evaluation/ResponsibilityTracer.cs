// Replays a ticket's timeline through a responsibility model: events and the SLA engine's transitions, in time order.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Responsibility.Evaluation;

/// <summary>The replay behind <see cref="ResponsibilityModel.Trace"/>.</summary>
internal static class ResponsibilityTracer
{
    public static ResponsibilityTrace Trace(ResponsibilityModel model, TicketTimeline ticket, SlaPolicySet sla, Instant until, SlaMetric clockMetric)
    {
        var attributes = ticket.Attributes;
        var opened = ticket.OpenedAt;
        if (until < opened)
        {
            Preconditions.ThrowOutOfRange(nameof(until), until, $"must not be before the ticket opened ({opened})");
        }

        if (!CategoryPath.TryParse(attributes.Category, out var category))
        {
            Preconditions.ThrowArgument(nameof(ticket), $"ticket has no valid category attribute (it was '{attributes.Category}'); open it with a category such as 'hardware/display'.");
        }

        var key = model.CategoryKey(category);
        var initial = model.Resolve(new ResponsibilityIssue(key, Severity(model, attributes.Get(ResponsibilityModel.SeverityAttribute))));
        if (!initial.IsCovered)
        {
            return new ResponsibilityTrace(initial, initial, [], []);
        }

        var current = initial;
        var steps = new List<TracedEscalation>();
        var owners = new List<(Tier Tier, Instant Since)> { (initial.Tier!, opened) };

        void Walk(Instant at, EscalationTrigger trigger, bool multiLevel)
        {
            while (true)
            {
                var step = model.Escalate(current, trigger);
                if (step.Outcome == EscalationOutcome.NotNeeded)
                {
                    return;
                }

                steps.Add(new TracedEscalation(at, step));
                if (step.Outcome != EscalationOutcome.Escalated)
                {
                    return;
                }

                current = step.Next;
                owners.Add((current.Tier!, at));
                if (!multiLevel)
                {
                    return;
                }
            }
        }

        if (attributes.Segment is { Length: > 0 } segment)
        {
            Walk(opened, EscalationTrigger.CustomerSegment(segment), true);
        }

        // Events first at equal instants (in timeline order), then the SLA transitions (in the engine's order).
        var items = new List<(Instant At, int Order, EscalationTrigger? Trigger, bool Multi, bool Contact)>();
        var events = ticket.Events;
        for (var i = 1; i < events.Length && events[i].At <= until; i++)
        {
            var e = events[i];
            if (e.Kind == TicketEventKind.CustomerReply)
            {
                items.Add((e.At, i, null, false, true));
            }
            else if (e.Kind == TicketEventKind.SegmentChanged)
            {
                items.Add((e.At, i, EscalationTrigger.CustomerSegment(e.Value!), true, false));
            }
            else if (e.Kind == TicketEventKind.AttributeChanged && Is(e.Key, ResponsibilityModel.SeverityAttribute))
            {
                items.Add((e.At, i, EscalationTrigger.SeverityChanged(key, Severity(model, e.Value)), true, false));
            }
            else if (e.Kind == TicketEventKind.AttributeChanged && Is(e.Key, ResponsibilityModel.CompensationAttribute))
            {
                var (kind, amount) = Request(e.Value!, i);
                items.Add((e.At, i, EscalationTrigger.Request(kind, amount), true, false));
            }
        }

        var transitions = sla.Transitions(ticket, opened, until);
        for (var i = 0; i < transitions.Count; i++)
        {
            if (transitions[i].Kind != SlaNotificationKind.Met)
            {
                items.Add((transitions[i].At, events.Length + i, EscalationTrigger.Sla(transitions[i]), false, false));
            }
        }

        items.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
        var contacts = 1;
        foreach (var item in items)
        {
            if (item.Contact)
            {
                contacts++;
                if (contacts == model.RepeatContactThreshold)
                {
                    Walk(item.At, EscalationTrigger.RepeatContacts(contacts), false);
                }
            }
            else
            {
                Walk(item.At, item.Trigger!.Value, item.Multi);
            }
        }

        return new ResponsibilityTrace(initial, current, steps, TierTimes(owners, ticket, sla, until, clockMetric));
    }

    private static List<TierTime> TierTimes(List<(Tier Tier, Instant Since)> owners, TicketTimeline ticket, SlaPolicySet sla, Instant until, SlaMetric metric)
    {
        Duration Elapsed(Instant at)
        {
            var total = Duration.Zero;
            foreach (var r in sla.Evaluate(ticket, at).For(metric))
            {
                total += r.Elapsed;
            }

            return total;
        }

        var times = new List<TierTime>();
        var before = Duration.Zero;
        for (var i = 0; i < owners.Count; i++)
        {
            var end = i + 1 < owners.Count ? owners[i + 1].Since : until;
            var after = Elapsed(end);
            var index = times.FindIndex(t => ReferenceEquals(t.Tier, owners[i].Tier));
            if (index < 0)
            {
                times.Add(new TierTime(owners[i].Tier, after - before));
            }
            else
            {
                times[index] = times[index] with { SlaTime = times[index].SlaTime + (after - before) };
            }

            before = after;
        }

        return times;
    }

    private static int Severity(ResponsibilityModel model, string? name)
    {
        var index = model.Severities.IndexOf(name);
        if (index < 0)
        {
            Preconditions.ThrowArgument("ticket", $"ticket's '{ResponsibilityModel.SeverityAttribute}' attribute is '{name}', which is not on the scale {model.Severities}; set it to one of its levels.");
        }

        return index;
    }

    private static (CategoryPath Kind, Money Amount) Request(string value, int index)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 3 && CategoryPath.TryParse(parts[0], out var kind)
            && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && Money.IsCurrencyCode(parts[2]))
        {
            return (kind, new Money(amount, parts[2]));
        }

        Preconditions.ThrowArgument("ticket", $"ticket event {index} sets '{ResponsibilityModel.CompensationAttribute}' to '{value}'; write '<request kind> <amount> <currency>', e.g. 'returns/refund 120 EUR'.");
        return default;
    }

    private static bool Is(string? key, string name) => string.Equals(key, name, StringComparison.OrdinalIgnoreCase);
}
