// A ticket as it stands at one instant: the opening attributes overlaid with the changes made up to then, read without allocating.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>Reads a ticket's current attributes by scanning its changes backwards; conditions evaluate against it.</summary>
internal readonly ref struct TicketView
{
    public TicketView(TicketAttributes attributes, ReadOnlySpan<TicketEvent> events, PriorityScale scale)
    {
        Attributes = attributes;
        Events = events;
        Scale = scale;
        // One pass notes which kinds of change happened, so that most lookups skip the scan altogether.
        var changes = 0;
        foreach (ref readonly var e in events)
        {
            changes |= 1 << (int)e.Kind;
        }

        // Stryker disable once Bitwise : more bits only make a lookup scan changes that the scan then does not find
        _changes = changes & ChangeKinds;
        Priority = Get(TicketField.Priority, "priority") ?? attributes.Priority;
        PriorityRank = scale.RankOf(Priority);
    }

    private const int ChangeKinds = (1 << (int)TicketEventKind.PriorityChanged) | (1 << (int)TicketEventKind.SegmentChanged) | (1 << (int)TicketEventKind.AttributeChanged);

    private readonly int _changes;

    public TicketAttributes Attributes { get; }

    /// <summary>The events that have happened (those at or before the evaluation instant).</summary>
    public ReadOnlySpan<TicketEvent> Events { get; }

    public PriorityScale Scale { get; }

    /// <summary>The current priority, read once because every policy condition and the targets need it.</summary>
    public string Priority { get; }

    /// <summary>The rank of <see cref="Priority"/> on <see cref="Scale"/> (0 = most urgent), or -1 when it is not on it.</summary>
    public int PriorityRank { get; }

    public string? Get(string name) => Get(TicketFields.Of(name), name);

    /// <summary>The latest value set by a change event (priority, segment, or an attribute named <paramref name="name"/>), else the opening value.</summary>
    public string? Get(TicketField field, string name)
    {
        var kind = field switch
        {
            TicketField.Priority => TicketEventKind.PriorityChanged,
            TicketField.Segment => TicketEventKind.SegmentChanged,
            _ => TicketEventKind.AttributeChanged,
        };
        // Stryker disable once Block : without the shortcut the scan below finds no change and returns the same opening value
        if ((_changes & ((1 << (int)kind) | (1 << (int)TicketEventKind.AttributeChanged))) == 0)
        {
            return Attributes.Get(field, name);
        }

        for (var i = Events.Length - 1; i >= 0; i--)
        {
            ref readonly var e = ref Events[i];
            if (e.Kind == kind && kind != TicketEventKind.AttributeChanged)
            {
                return e.Value;
            }

            if (e.Kind == TicketEventKind.AttributeChanged && string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return e.Value;
            }
        }

        return Attributes.Get(field, name);
    }
}
