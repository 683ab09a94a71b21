// A ticket as it stands at one instant: the opening attributes overlaid with the changes made up to then, read without allocating.
namespace CustomerCare.Core.Sla;

/// <summary>Reads a ticket's current attributes by scanning its changes backwards; conditions evaluate against it.</summary>
internal readonly ref struct TicketView
{
    public TicketView(TicketAttributes attributes, ReadOnlySpan<TicketEvent> events, PriorityScale scale)
    {
        Attributes = attributes;
        Events = events;
        Scale = scale;
    }

    public TicketAttributes Attributes { get; }

    /// <summary>The events that have happened (those at or before the evaluation instant).</summary>
    public ReadOnlySpan<TicketEvent> Events { get; }

    public PriorityScale Scale { get; }

    public string Priority => Get("priority") ?? Attributes.Priority;

    public string? Get(string name)
    {
        var kind = string.Equals(name, "priority", StringComparison.OrdinalIgnoreCase) ? TicketEventKind.PriorityChanged
            : string.Equals(name, "segment", StringComparison.OrdinalIgnoreCase) ? TicketEventKind.SegmentChanged
            : TicketEventKind.AttributeChanged;
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

        return Attributes.Get(name);
    }
}
